package app.vitalia.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import app.vitalia.platform.DomainException;
import app.vitalia.scheduling.calendar.PageOf;
import app.vitalia.scheduling.calendar.Slot;
import app.vitalia.scheduling.directory.Clinicians;
import app.vitalia.scheduling.directory.DoctorDirectory;
import app.vitalia.scheduling.slots.BookedTimes;
import app.vitalia.scheduling.slots.BookedTimesReader;
import app.vitalia.scheduling.slots.Schedule;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Bookable slots: the clinicians' rules, minus booked and held slots, minus what is
 * inside the minimum notice or beyond the booking horizon. Bookings and holds come from
 * each clinician's cached {@link BookedTimes}.
 */
@Component
class SlotFinder {

	record OpenSlot(UUID doctorId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
	}

	private final Clinicians clinicians;

	private final BookedTimesReader bookings;

	private final DoctorDirectory directory;

	private final SchedulingProperties properties;

	private final Clock clock;

	SlotFinder(Clinicians clinicians, BookedTimesReader bookings, DoctorDirectory directory,
			SchedulingProperties properties, Clock clock) {
		this.clinicians = clinicians;
		this.bookings = bookings;
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
		Instant rangeStart = from.atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofHours(14));
		Instant rangeEnd = to.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(14));
		List<OpenSlot> open = new ArrayList<>();
		for (Schedule schedule : schedules) {
			Instant earliest = schedule.earliestBookable(now);
			LocalDate lastDate = schedule.lastBookableDate(now);
			LocalDate until = to.isAfter(lastDate) ? lastDate.plusDays(1) : to;
			// appointments that could clash with a bookable slot of the range: from a day
			// before it (the longest appointment and its buffer) to its end or the
			// horizon
			Instant needFrom = BookedTimesReader.latest(rangeStart, earliest).minus(Duration.ofDays(1));
			Instant needTo = BookedTimesReader.earliest(rangeEnd,
					until.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofDays(1)));
			if (!needFrom.isBefore(needTo)) {
				continue; // nothing bookable left in the range
			}
			BookedTimes booked = this.bookings.covering(schedule, needFrom, needTo, now);
			Schedule.Taken taken = booked.taken().withBuffer(Duration.ofMinutes(schedule.bufferMinutes()));
			ZoneId zone = schedule.zone();
			for (Slot slot : schedule.slots(from, until)) {
				if (slot.start().isBefore(earliest) || taken.clashes(slot)) {
					continue;
				}
				UUID holder = booked.holder(slot.start(), now);
				if (holder != null && !holder.equals(viewer)) {
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

	/**
	 * The clinician's first open slot from today to their booking horizon, a week at a
	 * time; null when every slot is taken.
	 */
	@Nullable OpenSlot firstOpen(UUID doctorId, UUID viewer) {
		Schedule schedule = schedule(doctorId);
		Instant now = this.clock.instant();
		LocalDate last = schedule.lastBookableDate(now);
		int step = Math.min(7, this.properties.maxSlotRangeDays());
		for (LocalDate from = now.atZone(schedule.zone()).toLocalDate(); !from.isAfter(last); from = from
			.plusDays(step)) {
			List<OpenSlot> open = open(doctorId, null, from, from.plusDays(step), viewer);
			if (!open.isEmpty()) {
				return open.get(0);
			}
		}
		return null;
	}

	/**
	 * The dates of {@code [from, to)} on the clinician's calendar on which they see
	 * patients and some of their hours can still be booked, taken or not.
	 */
	List<LocalDate> workingDays(UUID doctorId, LocalDate from, LocalDate to) {
		Schedule schedule = schedule(doctorId);
		if (ChronoUnit.DAYS.between(from, to) > this.properties.maxSlotRangeDays()) {
			throw DomainException.invalid("to", "RANGE_TOO_LONG",
					"the range may span at most " + this.properties.maxSlotRangeDays() + " days");
		}
		Instant now = this.clock.instant();
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate date = from; date.isBefore(to); date = date.plusDays(1)) {
			if (works(schedule, date, now)) {
				days.add(date);
			}
		}
		return days;
	}

	/**
	 * Whether the clinician has hours on that date that are not yet too close or too far.
	 */
	static boolean works(Schedule schedule, LocalDate date, Instant now) {
		Instant earliest = schedule.earliestBookable(now);
		return !date.isAfter(schedule.lastBookableDate(now))
				&& schedule.slotsOn(date).stream().anyMatch(slot -> !slot.start().isBefore(earliest));
	}

	private Schedule schedule(UUID doctorId) {
		Schedule schedule = this.clinicians.schedule(doctorId);
		if (schedule == null) {
			throw DomainException.notFound("The clinician");
		}
		return schedule;
	}

}
