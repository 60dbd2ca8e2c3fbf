package app.vitalia.scheduling.slots;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import app.vitalia.scheduling.calendar.Slot;

class ScheduleTests {

	static Schedule nightShift(String zone, DayOfWeek day) {
		return new Schedule(UUID.randomUUID(), zone, 60, 0, 0, 365,
				List.of(new Schedule.Window(day, LocalTime.of(0, 0), LocalTime.of(6, 0))), List.of());
	}

	static List<String> localStarts(Schedule schedule, LocalDate date) {
		return schedule.slotsOn(date)
			.stream()
			.map(slot -> slot.start().atZone(ZoneId.of(schedule.timezone())).toOffsetDateTime().toString())
			.toList();
	}

	@Test
	void madridSpringForwardHasOneSlotLess() {
		LocalDate lastSundayOfMarch = LocalDate.of(2026, 3, 29);
		assertThat(localStarts(nightShift("Europe/Madrid", DayOfWeek.SUNDAY), lastSundayOfMarch)).containsExactly(
				"2026-03-29T00:00+01:00", "2026-03-29T01:00+01:00", "2026-03-29T03:00+02:00", "2026-03-29T04:00+02:00",
				"2026-03-29T05:00+02:00");
	}

	@Test
	void madridFallBackHasOneSlotMore() {
		LocalDate lastSundayOfOctober = LocalDate.of(2026, 10, 25);
		assertThat(localStarts(nightShift("Europe/Madrid", DayOfWeek.SUNDAY), lastSundayOfOctober)).containsExactly(
				"2026-10-25T00:00+02:00", "2026-10-25T01:00+02:00", "2026-10-25T02:00+02:00", "2026-10-25T02:00+01:00",
				"2026-10-25T03:00+01:00", "2026-10-25T04:00+01:00", "2026-10-25T05:00+01:00");
	}

	@Test
	void newYorkFollowsItsOwnDaylightSavingDates() {
		Schedule schedule = nightShift("America/New_York", DayOfWeek.SUNDAY);
		assertThat(schedule.slotsOn(LocalDate.of(2026, 3, 8))).hasSize(5);
		assertThat(schedule.slotsOn(LocalDate.of(2026, 11, 1))).hasSize(7);
		assertThat(schedule.slotsOn(LocalDate.of(2026, 3, 29))).hasSize(6);
		assertThat(localStarts(schedule, LocalDate.of(2026, 3, 8))).first().isEqualTo("2026-03-08T00:00-05:00");
		assertThat(localStarts(schedule, LocalDate.of(2026, 3, 8))).last().isEqualTo("2026-03-08T05:00-04:00");
	}

	@Test
	void officeHoursOnAChangeDayKeepTheirLocalTimesAndOffsets() {
		Schedule schedule = new Schedule(UUID.randomUUID(), "Europe/Madrid", 60, 0, 0, 365,
				List.of(new Schedule.Window(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(13, 0))), List.of());
		assertThat(localStarts(schedule, LocalDate.of(2026, 3, 29))).containsExactly("2026-03-29T09:00+02:00",
				"2026-03-29T10:00+02:00", "2026-03-29T11:00+02:00", "2026-03-29T12:00+02:00");
	}

	@Test
	void bufferSeparatesSlotsAndExceptionsChangeTheDay() {
		LocalDate monday = LocalDate.of(2026, 6, 1);
		Schedule schedule = new Schedule(UUID.randomUUID(), "UTC", 30, 15, 0, 365,
				List.of(new Schedule.Window(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0))),
				List.of(new Schedule.DateException(monday, Schedule.ExceptionKind.OFF, LocalTime.of(9, 40),
						LocalTime.of(10, 0)),
						new Schedule.DateException(monday, Schedule.ExceptionKind.EXTRA, LocalTime.of(17, 0),
								LocalTime.of(17, 30)),
						new Schedule.DateException(monday.plusWeeks(1), Schedule.ExceptionKind.OFF, null, null)));
		assertThat(localStarts(schedule, monday)).containsExactly("2026-06-01T09:00Z", "2026-06-01T10:30Z",
				"2026-06-01T17:00Z");
		assertThat(schedule.slotsOn(monday.plusWeeks(1))).isEmpty();
		assertThat(schedule.slotAt(Instant.parse("2026-06-01T09:45:00Z"))).isEmpty();
		assertThat(schedule.slotAt(Instant.parse("2026-06-01T10:30:00Z"))).isPresent();
	}

	@Test
	void takenIntervalsClashWithExactlyTheSlotsThePairwiseCheckFinds() {
		Random random = new Random(42);
		Instant day = Instant.parse("2026-06-01T08:00:00Z");
		for (int round = 0; round < 200; round++) {
			int buffer = random.nextInt(3) * 10;
			Schedule schedule = new Schedule(UUID.randomUUID(), "UTC", 30, buffer, 0, 365, List.of(), List.of());
			List<Slot> taken = new ArrayList<>();
			for (int i = random.nextInt(12); i > 0; i--) { // any lengths, unsorted, may
															// overlap
				Instant start = day.plus(Duration.ofMinutes(random.nextInt(600)));
				taken.add(new Slot(start, start.plus(Duration.ofMinutes(5 + random.nextInt(180)))));
			}
			Schedule.Taken sweep = Schedule.Taken.of(taken).withBuffer(Duration.ofMinutes(buffer));
			for (int minute = -240; minute < 900; minute += 5) {
				Instant start = day.plus(Duration.ofMinutes(minute));
				Slot slot = new Slot(start, start.plus(Duration.ofMinutes(30)));
				boolean pairwise = taken.stream().anyMatch(other -> schedule.clashes(slot, other));
				assertThat(sweep.clashes(slot)).as("round %d, slot %s, taken %s", round, slot, taken)
					.isEqualTo(pairwise);
			}
		}
		assertThat(Schedule.Taken.of(List.of()).clashes(new Slot(day, day.plusSeconds(1800)))).isFalse();
	}

	@Test
	void theSlotAtAnInstantIsTheOneLaidOutForItsDay() {
		Random random = new Random(7);
		List<String> zones = List.of("Europe/Madrid", "America/New_York", "UTC", "Australia/Lord_Howe");
		for (int round = 0; round < 300; round++) {
			String zone = zones.get(random.nextInt(zones.size()));
			// a day around the changes of daylight-saving time
			LocalDate date = List
				.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 3, 8),
						LocalDate.of(2026, 11, 1), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 6, 3))
				.get(random.nextInt(6));
			List<Schedule.Window> weekly = new ArrayList<>();
			for (int i = random.nextInt(3); i >= 0; i--) {
				int from = random.nextInt(20 * 4);
				weekly.add(new Schedule.Window(
						random.nextBoolean() ? date.getDayOfWeek() : DayOfWeek.of(1 + random.nextInt(7)),
						LocalTime.of(from / 4, from % 4 * 15),
						LocalTime.of(Math.min(23, from / 4 + 1 + random.nextInt(6)), 45)));
			}
			List<Schedule.DateException> exceptions = new ArrayList<>();
			for (int i = random.nextInt(3); i > 0; i--) {
				int from = random.nextInt(20 * 2);
				LocalTime start = LocalTime.of(from / 2, from % 2 * 30);
				switch (random.nextInt(4)) {
					case 0 -> exceptions.add(new Schedule.DateException(date, Schedule.ExceptionKind.OFF, null, null));
					case 1 -> exceptions
						.add(new Schedule.DateException(date.plusDays(1), Schedule.ExceptionKind.OFF, null, null));
					case 2 -> exceptions.add(new Schedule.DateException(date, Schedule.ExceptionKind.OFF, start,
							start.plusMinutes(20 + random.nextInt(120))));
					default -> exceptions.add(new Schedule.DateException(date, Schedule.ExceptionKind.EXTRA, start,
							start.plusMinutes(30 + random.nextInt(180))));
				}
			}
			Schedule schedule = new Schedule(UUID.randomUUID(), zone, 15 + 15 * random.nextInt(4),
					5 * random.nextInt(4), 0, 365, weekly, exceptions);
			List<Slot> laidOut = schedule.slotsOn(date);
			Instant midnight = date.atStartOfDay(ZoneId.of(zone)).toInstant();
			for (int minute = -30; minute < 25 * 60; minute += 5) {
				for (Instant start : List.of(midnight.plus(Duration.ofMinutes(minute)),
						midnight.plus(Duration.ofMinutes(minute)).plusNanos(1))) {
					LocalDate day = start.atZone(ZoneId.of(zone)).toLocalDate();
					List<Slot> ofItsDay = day.equals(date) ? laidOut : schedule.slotsOn(day);
					assertThat(schedule.slotAt(start)).as("round %d, %s, %s", round, start, schedule)
						.isEqualTo(ofItsDay.stream().filter(slot -> slot.start().equals(start)).findFirst());
				}
			}
		}
	}

}
