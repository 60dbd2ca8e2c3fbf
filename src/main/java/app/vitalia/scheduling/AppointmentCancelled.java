package app.vitalia.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment was cancelled by {@code cancelledBy} (the patient, the clinician or an
 * admin); its slot is free again.
 */
public record AppointmentCancelled(UUID appointmentId, UUID doctorId, UUID patientId, Instant startsAt, Instant endsAt,
		UUID cancelledBy) {
}
