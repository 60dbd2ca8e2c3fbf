package app.vitalia.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * A member took a slot: the appointment is booked for {@code [startsAt, endsAt)}.
 */
public record AppointmentBooked(UUID appointmentId, UUID doctorId, UUID patientId, Instant startsAt, Instant endsAt) {
}
