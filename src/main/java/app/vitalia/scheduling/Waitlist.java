package app.vitalia.scheduling;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.vitalia.platform.DomainException;
import app.vitalia.scheduling.calendar.AppointmentQueries;
import app.vitalia.scheduling.directory.Clinicians;
import app.vitalia.scheduling.slots.Schedule;
import app.vitalia.scheduling.slots.SlotHolds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members waiting for a clinician's day, first come first served. A slot freed on that
 * day is offered to the first member not yet offered one and held for them for a short
 * time; after that it is public again.
 */
@Component
class Waitlist {

	record Entry(UUID id, UUID doctorId, UUID memberId, LocalDate date, int position) {
	}

	record Offer(UUID memberId, UUID doctorId, Instant startsAt, Instant expiresAt) {
	}

	private final JdbcTemplate jdbc;

	private final Clinicians clinicians;

	private final SlotHolds holds;

	private final AppointmentQueries appointments;

	private final SchedulingProperties properties;

	private final Clock clock;

	Waitlist(JdbcTemplate jdbc, Clinicians clinicians, SlotHolds holds, AppointmentQueries appointments,
			SchedulingProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.clinicians = clinicians;
		this.holds = holds;
		this.appointments = appointments;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public Entry join(UUID doctorId, UUID memberId, LocalDate date) {
		Schedule schedule = this.clinicians.schedule(doctorId);
		if (schedule == null) {
			throw DomainException.notFound("The clinician");
		}
		Instant now = this.clock.instant();
		LocalDate today = now.atZone(schedule.zone()).toLocalDate();
		if (date.isBefore(today) || date.isAfter(schedule.lastBookableDate(now))) {
			throw DomainException.invalid("date", "OUTSIDE_BOOKING_HORIZON",
					"must be between today and " + schedule.lastBookableDate(now));
		}
		if (!SlotFinder.works(schedule, date, now)) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "NOT_A_WORKING_DAY",
					"The clinician does not see patients that day");
		}
		UUID id = UUID.randomUUID();
		int inserted = this.jdbc.update(
				"insert into scheduling_waitlist_entry (id, doctor_id, member_id, on_date, "
						+ "created_at) values (?, ?, ?, ?, ?) on conflict do nothing",
				id, doctorId, memberId, Date.valueOf(date), Timestamp.from(now));
		if (inserted == 0) {
			throw new DomainException(DomainException.Kind.CONFLICT, "ALREADY_ON_WAITLIST",
					"You are already on the waitlist for that day");
		}
		Integer position = this.jdbc.queryForObject(
				"select count(*) from scheduling_waitlist_entry where doctor_id = ? "
						+ "and on_date = ? and created_at <= ?",
				Integer.class, doctorId, Date.valueOf(date), Timestamp.from(now));
		return new Entry(id, doctorId, memberId, date, position != null ? position : 1);
	}

	@Transactional
	public void leave(UUID doctorId, UUID memberId, LocalDate date) {
		this.jdbc.update("delete from scheduling_waitlist_entry where doctor_id = ? and member_id = ? and on_date = ?",
				doctorId, memberId, Date.valueOf(date));
	}

	/** The member booked a slot on that day: they no longer wait for it. */
	void leave(UUID doctorId, UUID memberId, Instant bookedStart) {
		Schedule schedule = this.clinicians.schedule(doctorId);
		if (schedule != null) {
			leave(doctorId, memberId, bookedStart.atZone(schedule.zone()).toLocalDate());
		}
	}

	/**
	 * Offers the freed slot to the first member in line for its day who has not had an
	 * offer yet, holding it for them. Nothing is offered when the slot is no longer
	 * bookable: too soon, outside the clinician's hours now, or taken again meanwhile.
	 */
	@Transactional
	public Optional<Offer> offer(UUID doctorId, Instant startsAt) {
		Schedule schedule = this.clinicians.schedule(doctorId);
		Instant now = this.clock.instant();
		if (schedule == null || startsAt.isBefore(schedule.earliestBookable(now)) || !isFree(schedule, startsAt)) {
			return Optional.empty();
		}
		LocalDate date = startsAt.atZone(schedule.zone()).toLocalDate();
		List<Object[]> first = this.jdbc.query(
				"select id, member_id from scheduling_waitlist_entry where doctor_id = ? "
						+ "and on_date = ? and offered_at is null order by created_at, id limit 1",
				(rs, i) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }, doctorId,
				Date.valueOf(date));
		if (first.isEmpty()) {
			return Optional.empty();
		}
		UUID entryId = (UUID) first.get(0)[0];
		UUID memberId = (UUID) first.get(0)[1];
		if (this.jdbc.update("update scheduling_waitlist_entry set offered_at = ? where id = ? and offered_at is null",
				Timestamp.from(now), entryId) == 0) {
			return Optional.empty();
		}
		Instant expiresAt = now.plus(this.properties.waitlistHold());
		this.holds.hold(doctorId, startsAt, memberId, expiresAt);
		return Optional.of(new Offer(memberId, doctorId, startsAt, expiresAt));
	}

	private boolean isFree(Schedule schedule, Instant startsAt) {
		return schedule.slotAt(startsAt)
			.map(slot -> this.appointments
				.busy(List.of(schedule.doctorId()), slot.start().minus(Duration.ofDays(1)),
						slot.end().plus(Duration.ofMinutes(schedule.bufferMinutes())))
				.getOrDefault(schedule.doctorId(), List.of())
				.stream()
				.noneMatch(taken -> schedule.clashes(slot, taken)))
			.orElse(false);
	}

}
