package app.vitalia.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.platform.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Bookable slots: the clinicians' rules, minus booked and held slots, minus what is
 * inside the minimum notice or beyond the booking horizon. One query for the bookings and
 * one for the holds, whatever the number of clinicians.
 */
@Component
class SlotFinder {

	record OpenSlot(UUID doctorId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
	}

	private final Clinicians clinicians;

	private final AppointmentQueries queries;

	private final SlotHolds holds;

	private final DoctorDirectory directory;

	private final SchedulingProperties properties;

	private final Clock clock;

	SlotFinder(Clinicians clinicians, AppointmentQueries queries, SlotHolds holds, DoctorDirectory directory,
			SchedulingProperties properties, Clock clock) {
		this.clinicians = clinicians;
		this.queries = queries;
		this.holds = holds;
		this.directory = directory;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Open slots of one clinician, or of every clinician of a specialty, on the dates
	 * {@code [from, to)} of each clinician's calendar. Slots held for {@code viewer} stay
	 * visible to them.
	 */
	List<OpenSlot> open(@Nullable UUID doctorId, @Nullable String specialty, LocalDate from, LocalDate to,
			UUID viewer) {
		if (!to.isAfter(from)) {
			throw DomainException.invalid("to", "RANGE_EMPTY", "must be after from");
		}
		if (ChronoUnit.DAYS.between(from, to) > this.properties.maxSlotRangeDays()) {
			throw DomainException.invalid("to", "RANGE_TOO_LONG",
					"the range may span at most " + this.properties.maxSlotRangeDays() + " days");
		}
		List<Schedule> schedules = new ArrayList<>();
		if (doctorId != null) {
			Schedule schedule = this.clinicians.schedule(doctorId);
			if (schedule == null) {
				throw DomainException.notFound("The clinician");
			}
			schedules.add(schedule);
		}
		else if (specialty != null && !specialty.isBlank()) {
			int page = 0;
			PageOf<DoctorDirectory.Listed> listed;
			do {
				listed = this.directory.search(specialty, null, page++, 200, false);
				listed.content().forEach(doctor -> {
					Schedule schedule = this.clinicians.schedule(doctor.id());
					if (schedule != null) {
						schedules.add(schedule);
					}
				});
			}
			while (listed.hasNext());
		}
		else {
			throw DomainException.invalid("doctorId", "REQUIRED", "give a doctorId or a specialty");
		}
		if (schedules.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		// a day in any time zone lies within these bounds
		Instant rangeStart = from.atStartOfDay(ZoneId.of("UTC")).toInstant().minus(Duration.ofHours(14));
		Instant rangeEnd = to.atStartOfDay(ZoneId.of("UTC")).toInstant().plus(Duration.ofHours(14));
		List<UUID> ids = schedules.stream().map(Schedule::doctorId).toList();
		Map<UUID, List<Slot>> busy = this.queries.busy(ids, rangeStart.minus(Duration.ofDays(1)), rangeEnd);
		Map<UUID, Map<Instant, UUID>> held = this.holds.live(ids, rangeStart, rangeEnd, now);
		List<OpenSlot> open = new ArrayList<>();
		for (Schedule schedule : schedules) {
			Instant earliest = schedule.earliestBookable(now);
			LocalDate lastDate = schedule.lastBookableDate(now);
			LocalDate until = to.isAfter(lastDate) ? lastDate.plusDays(1) : to;
			Schedule.Taken taken = schedule.taken(busy.getOrDefault(schedule.doctorId(), List.of()));
			Map<Instant, UUID> heldHere = held.getOrDefault(schedule.doctorId(), Map.of());
			ZoneId zone = schedule.zone();
			for (Slot slot : schedule.slots(from, until)) {
				UUID holder = heldHere.get(slot.start());
				if (slot.start().isBefore(earliest) || (holder != null && !holder.equals(viewer))
						|| taken.clashes(slot)) {
					continue;
				}
				open.add(new OpenSlot(schedule.doctorId(), slot.start().atZone(zone).toOffsetDateTime(),
						slot.end().atZone(zone).toOffsetDateTime()));
			}
		}
		open.sort(Comparator.comparing((OpenSlot slot) -> slot.startsAt().toInstant())
			.thenComparing(slot -> slot.doctorId()));
		return open;
	}

}
