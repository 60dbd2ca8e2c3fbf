package app.vitalia.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * The clinician (or an admin) marked the appointment as done at {@code completedAt}.
 */
public record AppointmentCompleted(UUID appointmentId, UUID doctorId, UUID patientId, Instant startsAt,
		Instant completedAt) {
}
