/**
 * Scheduling: clinicians, their availability and bookable slots, appointments, the
 * patients view, reminders, the waitlist and calendar feeds. API:
 * {@link app.vitalia.scheduling.AppointmentBook} (book, cancel and reschedule
 * appointments, also by an admin for a member) and the events
 * {@link app.vitalia.scheduling.AppointmentBooked},
 * {@link app.vitalia.scheduling.AppointmentCancelled},
 * {@link app.vitalia.scheduling.AppointmentRescheduled} and
 * {@link app.vitalia.scheduling.AppointmentCompleted}, published in the transaction that
 * changes the appointment. {@link app.vitalia.scheduling.WaitlistOffers} is public only
 * for JobRunr, which runs it as a recurring job. Sub-packages: {@code appointments}
 * (stored appointments and their history), {@code directory} (clinicians and
 * specialties), {@code slots} (bookable time), {@code calendar} (calendar views and
 * feeds), {@code notices} (emails and reminders) and {@code bulk} (bulk import).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling",
		allowedDependencies = { "members", "identity", "platform" })
@org.jspecify.annotations.NullMarked
package app.vitalia.scheduling;
