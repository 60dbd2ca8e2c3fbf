package app.vitalia.scheduling.appointments;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import app.vitalia.platform.AssignedIdEntity;
import app.vitalia.platform.DomainException;
import app.vitalia.scheduling.calendar.AppointmentStatus;
import app.vitalia.scheduling.calendar.Slot;

/**
 * An appointment and its life cycle: BOOKED, then CANCELLED, COMPLETED or NO_SHOW. While
 * it holds its slot {@code activeStartsAt} equals {@code startsAt}; the database's unique
 * key on (doctor, activeStartsAt) is what makes double booking impossible.
 */
@Entity
@Table(name = "scheduling_appointment")
public class Appointment extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(name = "doctor_id", nullable = false)
	private UUID doctorId;

	@Column(name = "patient_id", nullable = false)
	private UUID patientId;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(name = "active_starts_at")
	private @Nullable Instant activeStartsAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AppointmentStatus status;

	private String reason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Appointment() {
	}

	public Appointment(UUID doctorId, UUID patientId, Slot slot, @Nullable String reason, Instant now) {
		this.id = UUID.randomUUID();
		this.doctorId = doctorId;
		this.patientId = patientId;
		this.startsAt = slot.start();
		this.endsAt = slot.end();
		this.activeStartsAt = slot.start();
		this.status = AppointmentStatus.BOOKED;
		this.reason = reason;
		this.createdAt = now;
	}

	public void cancel() {
		requireBooked();
		this.status = AppointmentStatus.CANCELLED;
		this.activeStartsAt = null;
	}

	public void moveTo(Slot slot) {
		requireBooked();
		this.startsAt = slot.start();
		this.endsAt = slot.end();
		this.activeStartsAt = slot.start();
	}

	public void complete(Instant now) {
		requireStarted(now);
		this.status = AppointmentStatus.COMPLETED;
	}

	public void markNoShow(Instant now) {
		requireStarted(now);
		this.status = AppointmentStatus.NO_SHOW;
	}

	private void requireStarted(Instant now) {
		requireBooked();
		if (now.isBefore(this.startsAt)) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "NOT_STARTED",
					"The appointment has not started yet");
		}
	}

	private void requireBooked() {
		if (this.status != AppointmentStatus.BOOKED) {
			throw new DomainException(DomainException.Kind.CONFLICT, "INVALID_STATUS_TRANSITION",
					"The appointment is " + this.status + " and can no longer change");
		}
	}

	public boolean involves(UUID personId) {
		return this.patientId.equals(personId) || this.doctorId.equals(personId);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public UUID getDoctorId() {
		return this.doctorId;
	}

	public UUID getPatientId() {
		return this.patientId;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public AppointmentStatus getStatus() {
		return this.status;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getReason() {
		return this.reason;
	}

}
