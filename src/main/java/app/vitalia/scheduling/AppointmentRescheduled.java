package app.vitalia.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment was moved by {@code rescheduledBy} from {@code previousStartsAt} to
 * {@code [startsAt, endsAt)} with the same clinician; the previous slot is free again.
 */
public record AppointmentRescheduled(UUID appointmentId, UUID doctorId, UUID patientId, Instant previousStartsAt,
		Instant startsAt, Instant endsAt, UUID rescheduledBy) {
}
