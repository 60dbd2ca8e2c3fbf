package app.vitalia.scheduling.bulk;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Writes clinicians, patients and appointments straight into scheduling's tables with
 * multi-row statements, for demo and load-test data: no events, no emails, no checks
 * beyond the database's. The caller supplies ids and makes the data consistent.
 */
public interface CalendarImports {

	/** A member as clinicians see them in their patients list. */
	record ImportedPatient(UUID id, String displayName, String email) {
	}

	/** A clinician with their practice, specialties, languages and weekly hours. */
	record ImportedClinician(UUID id, String displayName, String bio, String timezone, int slotMinutes,
			List<String> specialties, List<String> languages, List<WeeklyHours> weeklyHours) {
	}

	/** Open hours on one day of the week, in the clinician's time zone. */
	record WeeklyHours(DayOfWeek day, LocalTime start, LocalTime end) {
	}

	/** A bookable slot of a clinician. */
	record OpenSlot(Instant start, Instant end) {
	}

	/** What happened to an imported appointment. */
	enum Outcome {

		BOOKED, COMPLETED, NO_SHOW, CANCELLED

	}

	/** An appointment with its outcome, booked by the patient at {@code bookedAt}. */
	record ImportedAppointment(UUID id, UUID clinicianId, UUID patientId, OpenSlot slot, Outcome outcome,
			@Nullable String reason, Instant bookedAt) {
	}

	void importPatients(List<ImportedPatient> patients);

	void importClinicians(List<ImportedClinician> clinicians);

	/**
	 * The slots the clinician's weekly hours open on that date, as booking would offer
	 * them.
	 */
	List<OpenSlot> slotsOn(ImportedClinician clinician, LocalDate date);

	/**
	 * Appointments with their history; booked ones starting within 48 hours of
	 * {@code now} are marked reminded, so importing does not send a burst of reminders.
	 */
	void importAppointments(List<ImportedAppointment> appointments, Instant now);

	/**
	 * After the appointments of these clinicians are in: their patients lists and
	 * tallies, and fresh slot caches.
	 */
	void finishImport(Collection<UUID> clinicianIds);

}
