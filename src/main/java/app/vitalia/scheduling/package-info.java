/**
 * Scheduling: clinicians, their availability and bookable slots, appointments, the
 * patients view, reminders, the waitlist and calendar feeds. API:
 * {@link app.vitalia.scheduling.AppointmentBook} (book, cancel and reschedule
 * appointments, also by an admin for a member) and the events
 * {@link app.vitalia.scheduling.AppointmentBooked},
 * {@link app.vitalia.scheduling.AppointmentCancelled},
 * {@link app.vitalia.scheduling.AppointmentRescheduled} and
 * {@link app.vitalia.scheduling.AppointmentCompleted}, published in the transaction that
 * changes the appointment. {@link app.vitalia.scheduling.Reminders} and
 * {@link app.vitalia.scheduling.WaitlistOffers} are public only for JobRunr, which runs
 * them as recurring jobs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling",
		allowedDependencies = { "members", "identity", "platform" })
@org.jspecify.annotations.NullMarked
package app.vitalia.scheduling;
