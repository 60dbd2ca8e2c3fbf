package app.vitalia.scheduling.appointments;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import app.vitalia.platform.AssignedIdEntity;
import app.vitalia.scheduling.calendar.AppointmentStatus;

/**
 * One line of an appointment's history: the status (and time) it got, who changed it and
 * when.
 */
@Entity
@Table(name = "scheduling_appointment_change")
public class AppointmentChange extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(name = "appointment_id", nullable = false)
	private UUID appointmentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AppointmentStatus status;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "changed_by")
	private UUID changedBy;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	private String note;

	protected AppointmentChange() {
	}

	public AppointmentChange(Appointment appointment, UUID changedBy, Instant changedAt, @Nullable String note) {
		this.id = UUID.randomUUID();
		this.appointmentId = appointment.getId();
		this.status = appointment.getStatus();
		this.startsAt = appointment.getStartsAt();
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.note = note;
	}

	public AppointmentStatus getStatus() {
		return this.status;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public UUID getChangedBy() {
		return this.changedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getNote() {
		return this.note;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
