package app.vitalia.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.identity.AccountId;
import app.vitalia.identity.AccountSummary;
import app.vitalia.identity.Accounts;
import app.vitalia.identity.CurrentUser;
import app.vitalia.identity.Role;
import app.vitalia.members.MemberId;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.Violation;
import app.vitalia.scheduling.appointments.Appointment;
import app.vitalia.scheduling.appointments.AppointmentRepository;
import app.vitalia.scheduling.calendar.Slot;
import app.vitalia.scheduling.directory.Clinicians;
import app.vitalia.scheduling.notices.SchedulingMails;
import app.vitalia.scheduling.slots.Schedule;
import app.vitalia.scheduling.slots.SchedulingCaches;
import app.vitalia.scheduling.slots.SlotHolds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appointment book: booking a slot, cancelling, rescheduling, and closing an
 * appointment as completed or as a no-show. Every change is recorded in the appointment's
 * history with who made it and when. Publishes {@link AppointmentBooked},
 * {@link AppointmentCancelled}, {@link AppointmentRescheduled} and
 * {@link AppointmentCompleted}.
 */
@Service
public class AppointmentBook {

	/** Longer than any consultation can be (slots are at most eight hours). */
	static final Duration LONGEST_APPOINTMENT = Duration.ofDays(1);

	/** No appointment has this id: what {@link #taken} excludes for a new booking. */
	private static final UUID NO_APPOINTMENT = new UUID(0, 0);

	/**
	 * Start times of the clinician's appointments, other than {@code except}, that hold
	 * their slot and overlap {@code [from, to)}. Only appointments starting after
	 * {@code startsAfter} are read, so the (doctor, active start) index bounds the scan.
	 */
	static final String OVERLAPPING = "select active_starts_at from scheduling_appointment where doctor_id = :doctorId "
			+ "and active_starts_at > :startsAfter and active_starts_at < :to and ends_at > :from and id <> :except";

	private final AppointmentRepository appointments;

	/**
	 * The booking path's own statements: plain JDBC, since a repository call through
	 * Spring Data and Hibernate cost several times the statement itself.
	 */
	private final NamedParameterJdbcTemplate jdbc;

	private final Clinicians clinicians;

	private final SlotHolds holds;

	private final Waitlist waitlist;

	private final Accounts accounts;

	private final SchedulingProperties properties;

	private final ApplicationEventPublisher events;

	private final SchedulingCaches caches;

	private final SchedulingMails mails;

	private final BookingDesk desk;

	private final Clock clock;

	AppointmentBook(AppointmentRepository appointments, Clinicians clinicians, SlotHolds holds, Waitlist waitlist,
			Accounts accounts, SchedulingProperties properties, ApplicationEventPublisher events,
			SchedulingCaches caches, SchedulingMails mails, BookingDesk desk, NamedParameterJdbcTemplate jdbc,
			Clock clock) {
		this.appointments = appointments;
		this.jdbc = jdbc;
		this.clinicians = clinicians;
		this.holds = holds;
		this.waitlist = waitlist;
		this.desk = desk;
		this.accounts = accounts;
		this.properties = properties;
		this.events = events;
		this.caches = caches;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Books the slot starting at {@code startsAt} with the clinician for the signed-in
	 * user.
	 * @return the booking, as published
	 * @throws DomainException 409 {@code SLOT_TAKEN}, {@code OVERLAPS_APPOINTMENT}
	 * (another appointment of the clinician, or its buffer, overlaps the slot) or
	 * {@code SLOT_HELD}; 422 {@code IN_THE_PAST}, {@code INSIDE_MINIMUM_NOTICE},
	 * {@code BEYOND_BOOKING_HORIZON} or {@code OUTSIDE_AVAILABILITY}; 404 for an unknown
	 * clinician
	 */
	public AppointmentBooked book(CurrentUser member, ClinicianId clinician, Instant startsAt,
			@Nullable String reason) {
		return book(member, MemberId.of(member.id()), clinician, startsAt, reason);
	}

	/**
	 * Books the slot for {@code member}: the signed-in user themselves, or, for an admin,
	 * any member. The history records {@code actor} as who booked; the confirmation goes
	 * to the member. What needs no lock is checked here; the booking is then written by
	 * the {@link BookingDesk}, with the confirmation in the same transaction.
	 * @return the booking, as published
	 * @throws DomainException 403 {@code FORBIDDEN} when someone other than an admin
	 * books for another person; 422 {@code UNKNOWN_PATIENT} or {@code NOT_A_MEMBER}
	 * (field {@code patientId}); otherwise as
	 * {@link #book(CurrentUser, ClinicianId, Instant, String)}
	 */
	public AppointmentBooked book(CurrentUser actor, MemberId member, ClinicianId clinician, Instant startsAt,
			@Nullable String reason) {
		UUID patientId = member.id();
		UUID doctorId = clinician.id();
		AccountSummary account = patientId.equals(actor.id())
				? this.accounts.find(AccountId.of(patientId)).orElseThrow(() -> DomainException.notFound("The account"))
				: otherPatient(actor, patientId);
		Instant now = this.clock.instant();
		Slot slot = bookableSlot(doctorId, startsAt, now);
		// a slot lately booked is most likely still taken: one index lookup answers that
		// without waiting for a writer; the check under the clinician's lock stays the
		// rule
		if (this.desk.latelyBooked(doctorId, slot.start()) && taken(doctorId, slot.start(), NO_APPOINTMENT)) {
			throw slotTaken();
		}
		return this.desk
			.book(new BookingDesk.Pending(account, actor.id(), new Appointment(doctorId, patientId, slot, reason, now),
					() -> this.mails.booked(account, doctorId, slot.start())));
	}

	private AccountSummary otherPatient(CurrentUser actor, UUID patientId) {
		if (!actor.has(Role.ADMIN)) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "FORBIDDEN",
					"Only admins can book appointments for someone else");
		}
		AccountSummary account = this.accounts.find(AccountId.of(patientId))
			.orElseThrow(() -> new DomainException(DomainException.Kind.UNPROCESSABLE, "UNKNOWN_PATIENT",
					"There is no account with that id",
					List.of(new Violation("patientId", "UNKNOWN_PATIENT", "no account has this id"))));
		if (!account.roles().contains(Role.MEMBER)) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "NOT_A_MEMBER",
					"Appointments can be booked for members only",
					List.of(new Violation("patientId", "NOT_A_MEMBER", "must be the id of a member")));
		}
		return account;
	}

	/**
	 * Cancels the appointment and frees its slot. Members may cancel their own until the
	 * cancellation window; the clinician and admins at any time.
	 */
	@Transactional
	public void cancel(CurrentUser actor, AppointmentId id, @Nullable String note) {
		Instant now = this.clock.instant();
		Appointment appointment = visible(actor, id.id());
		requireMemberWindow(actor, appointment, now);
		appointment.cancel();
		this.appointments.saveAndFlush(appointment);
		this.desk.forget(appointment.getDoctorId(), appointment.getStartsAt());
		recordChange(appointment, actor.id(), now, note);
		this.events.publishEvent(new AppointmentCancelled(id, ClinicianId.of(appointment.getDoctorId()),
				MemberId.of(appointment.getPatientId()), appointment.getStartsAt(), appointment.getEndsAt(),
				AccountId.of(actor.id())));
	}

	/**
	 * Moves the appointment to another slot of the same clinician, atomically: either the
	 * new slot is taken for it or nothing changes. Publishes
	 * {@link AppointmentRescheduled}, which offers the previous slot to the waitlist.
	 */
	@Transactional
	public void reschedule(CurrentUser actor, AppointmentId id, Instant newStart) {
		Instant now = this.clock.instant();
		Appointment appointment = visible(actor, id.id());
		requireMemberWindow(actor, appointment, now);
		Slot slot = bookableSlot(appointment.getDoctorId(), newStart, now);
		requireFree(appointment.getDoctorId(), slot, appointment.getId());
		this.holds.holder(appointment.getDoctorId(), slot.start(), now)
			.ifPresent(
					holder -> claimHold(appointment.getDoctorId(), slot.start(), appointment.getPatientId(), holder));
		Instant previous = appointment.getStartsAt();
		appointment.moveTo(slot);
		try {
			this.appointments.saveAndFlush(appointment);
		}
		catch (DataIntegrityViolationException taken) {
			throw slotTaken();
		}
		recordChange(appointment, actor.id(), now, "rescheduled from " + previous);
		if (!previous.equals(slot.start())) {
			this.desk.forget(appointment.getDoctorId(), previous);
			this.waitlist.leave(appointment.getDoctorId(), appointment.getPatientId(), slot.start());
			this.events.publishEvent(new AppointmentRescheduled(id, ClinicianId.of(appointment.getDoctorId()),
					MemberId.of(appointment.getPatientId()), previous, slot.start(), slot.end(),
					AccountId.of(actor.id())));
		}
	}

	@Transactional
	void complete(CurrentUser actor, UUID appointmentId) {
		Instant now = this.clock.instant();
		Appointment appointment = closable(actor, appointmentId);
		appointment.complete(now);
		recordChange(appointment, actor.id(), now, null);
		this.events.publishEvent(new AppointmentCompleted(AppointmentId.of(appointment.getId()),
				ClinicianId.of(appointment.getDoctorId()), MemberId.of(appointment.getPatientId()),
				appointment.getStartsAt(), now));
	}

	@Transactional
	void markNoShow(CurrentUser actor, UUID appointmentId) {
		Instant now = this.clock.instant();
		Appointment appointment = closable(actor, appointmentId);
		appointment.markNoShow(now);
		recordChange(appointment, actor.id(), now, null);
	}

	/**
	 * The appointment if the user may see it: their own, their agenda's, or any for an
	 * admin. Anyone else's is reported as not found.
	 */
	Appointment visible(CurrentUser user, UUID appointmentId) {
		return this.appointments.findById(appointmentId)
			.filter(appointment -> user.has(Role.ADMIN) || appointment.involves(user.id()))
			.orElseThrow(() -> DomainException.notFound("The appointment"));
	}

	private Appointment closable(CurrentUser actor, UUID appointmentId) {
		Appointment appointment = visible(actor, appointmentId);
		if (!actor.has(Role.ADMIN) && !appointment.getDoctorId().equals(actor.id())) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "FORBIDDEN",
					"Only the clinician or an admin can close an appointment");
		}
		return appointment;
	}

	private void requireMemberWindow(CurrentUser actor, Appointment appointment, Instant now) {
		boolean privileged = actor.has(Role.ADMIN) || appointment.getDoctorId().equals(actor.id());
		Duration window = this.properties.cancellationWindow();
		if (!privileged && now.plus(window).isAfter(appointment.getStartsAt())) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "CANCELLATION_WINDOW_PASSED",
					"Appointments can be changed online until " + window.toHours() + " hours before they start");
		}
	}

	private Slot bookableSlot(UUID doctorId, Instant startsAt, Instant now) {
		Schedule schedule = this.clinicians.schedule(doctorId);
		if (schedule == null) {
			throw DomainException.notFound("The clinician");
		}
		if (!startsAt.isAfter(now)) {
			throw unprocessable("IN_THE_PAST", "The slot has already started");
		}
		if (startsAt.isBefore(schedule.earliestBookable(now))) {
			throw unprocessable("INSIDE_MINIMUM_NOTICE",
					"This clinician takes bookings at least " + schedule.minNoticeMinutes() + " minutes ahead");
		}
		if (startsAt.atZone(schedule.zone()).toLocalDate().isAfter(schedule.lastBookableDate(now))) {
			throw unprocessable("BEYOND_BOOKING_HORIZON",
					"This clinician takes bookings up to " + schedule.horizonDays() + " days ahead");
		}
		return schedule.slotAt(startsAt)
			.orElseThrow(() -> unprocessable("OUTSIDE_AVAILABILITY", "The clinician has no slot starting then"));
	}

	/**
	 * Takes the clinician's booking lock, then refuses the slot if another appointment
	 * that holds its slot overlaps it, buffer included. The lock makes concurrent
	 * bookings of different but overlapping starts take turns; identical starts are also
	 * refused by the unique key.
	 */
	private void requireFree(UUID doctorId, Slot slot, UUID appointmentId) {
		// the common conflict, a slot someone has already booked, is answered without
		// queueing for the clinician's lock; the check under the lock stays the rule
		if (taken(doctorId, slot.start(), appointmentId)) {
			throw slotTaken();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("doctorId", doctorId)
			.addValue("start", Timestamp.from(slot.start()))
			.addValue("except", appointmentId);
		List<Integer> buffers = this.jdbc.queryForList(
				"select buffer_minutes from scheduling_clinician where id = :doctorId for update", params,
				Integer.class);
		if (buffers.isEmpty()) {
			throw DomainException.notFound("The clinician");
		}
		Duration buffer = Duration.ofMinutes(buffers.get(0));
		Instant from = slot.start().minus(buffer);
		params.addValue("from", Timestamp.from(from))
			.addValue("to", Timestamp.from(slot.end().plus(buffer)))
			.addValue("startsAfter", Timestamp.from(from.minus(LONGEST_APPOINTMENT)));
		List<Instant> overlapping = this.jdbc.query(OVERLAPPING, params, (rs, i) -> rs.getTimestamp(1).toInstant());
		if (overlapping.contains(slot.start())) {
			throw slotTaken();
		}
		if (!overlapping.isEmpty()) {
			throw overlapsAppointment();
		}
	}

	/**
	 * Whether an appointment other than {@code except} holds the slot starting then: one
	 * index lookup, no lock.
	 */
	private boolean taken(UUID doctorId, Instant start, UUID except) {
		return Boolean.TRUE.equals(this.jdbc.getJdbcTemplate()
			.queryForObject(
					"select exists (select 1 from scheduling_appointment "
							+ "where doctor_id = ? and active_starts_at = ? and id <> ?)",
					Boolean.class, doctorId, Timestamp.from(start), except));
	}

	/**
	 * Takes over the hold on the slot when it is held for the member; refuses the booking
	 * when it is held for someone else.
	 */
	private void claimHold(UUID doctorId, Instant startsAt, UUID memberId, UUID holder) {
		if (!holder.equals(memberId)) {
			throw slotHeld();
		}
		this.holds.release(doctorId, startsAt);
	}

	/**
	 * Records who changed the appointment and when, and drops the clinician's cached
	 * booked times.
	 */
	private void recordChange(Appointment appointment, UUID actor, Instant now, @Nullable String note) {
		this.jdbc.getJdbcTemplate()
			.update("insert into scheduling_appointment_change (id, appointment_id, status, starts_at, changed_by, "
					+ "changed_at, note) values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), appointment.getId(),
					appointment.getStatus().name(), Timestamp.from(appointment.getStartsAt()), actor,
					Timestamp.from(now), note);
		this.caches.bookingsChanged(appointment.getDoctorId());
	}

	static DomainException slotTaken() {
		return new DomainException(DomainException.Kind.CONFLICT, "SLOT_TAKEN",
				"Someone else has just taken this slot");
	}

	static DomainException overlapsAppointment() {
		return new DomainException(DomainException.Kind.CONFLICT, "OVERLAPS_APPOINTMENT",
				"The clinician has another appointment too close to this time");
	}

	static DomainException slotHeld() {
		return new DomainException(DomainException.Kind.CONFLICT, "SLOT_HELD",
				"The slot is held for someone on the waitlist for a few minutes");
	}

	private static DomainException unprocessable(String code, String detail) {
		return new DomainException(DomainException.Kind.UNPROCESSABLE, code, detail);
	}

}
