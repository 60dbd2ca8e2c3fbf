package app.vitalia.scheduling;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.vitalia.members.MemberId;

/**
 * The clinician (or an admin) marked the appointment as done at {@code completedAt}.
 */
public record AppointmentCompleted(AppointmentId appointmentId, @JsonProperty("doctorId") ClinicianId clinicianId,
		@JsonProperty("patientId") MemberId memberId, Instant startsAt, Instant completedAt) {
}
