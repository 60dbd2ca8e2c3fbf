package app.vitalia.scheduling;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.vitalia.identity.AccountId;
import app.vitalia.members.MemberId;

/**
 * An appointment was moved by {@code rescheduledBy} from {@code previousStartsAt} to
 * {@code [startsAt, endsAt)} with the same clinician; the previous slot is free again.
 */
public record AppointmentRescheduled(AppointmentId appointmentId, @JsonProperty("doctorId") ClinicianId clinicianId,
		@JsonProperty("patientId") MemberId memberId, Instant previousStartsAt, Instant startsAt, Instant endsAt,
		AccountId rescheduledBy) {
}
