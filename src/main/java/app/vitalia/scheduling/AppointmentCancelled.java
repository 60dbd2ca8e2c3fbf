package app.vitalia.scheduling;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.vitalia.identity.AccountId;
import app.vitalia.members.MemberId;

/**
 * An appointment was cancelled by {@code cancelledBy} (the patient, the clinician or an
 * admin); its slot is free again.
 */
public record AppointmentCancelled(AppointmentId appointmentId, @JsonProperty("doctorId") ClinicianId clinicianId,
		@JsonProperty("patientId") MemberId memberId, Instant startsAt, Instant endsAt, AccountId cancelledBy) {
}
