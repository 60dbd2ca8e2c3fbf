package app.vitalia.scheduling;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.vitalia.members.MemberId;

/**
 * A member took a slot: the appointment is booked for {@code [startsAt, endsAt)}.
 */
public record AppointmentBooked(AppointmentId appointmentId, @JsonProperty("doctorId") ClinicianId clinicianId,
		@JsonProperty("patientId") MemberId memberId, Instant startsAt, Instant endsAt) {
}
