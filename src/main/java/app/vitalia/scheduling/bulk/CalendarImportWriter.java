package app.vitalia.scheduling.bulk;

import java.nio.charset.StandardCharsets;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.platform.MultiRowInsert;
import app.vitalia.scheduling.bulk.CalendarImports;
import app.vitalia.scheduling.directory.Clinician;
import app.vitalia.scheduling.notices.Reminders;
import app.vitalia.scheduling.slots.Schedule;
import app.vitalia.scheduling.slots.SchedulingCaches;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Scheduling's side of {@link CalendarImports}: the rows behind each imported thing. */
@Component
public class CalendarImportWriter implements CalendarImports {

	private final MultiRowInsert insert;

	private final NamedParameterJdbcTemplate named;

	private final SchedulingCaches caches;

	public CalendarImportWriter(MultiRowInsert insert, NamedParameterJdbcTemplate named, SchedulingCaches caches) {
		this.insert = insert;
		this.named = named;
		this.caches = caches;
	}

	@Override
	public void importPatients(List<ImportedPatient> patients) {
		this.insert.rows("scheduling_patient", "id, display_name, search_name, email", patients.stream()
			.map(p -> new Object[] { p.id(), p.displayName(), Clinician.searchable(p.displayName()), p.email() })
			.toList());
	}

	@Override
	public void importClinicians(List<ImportedClinician> clinicians) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> specialties = new ArrayList<>();
		List<Object[]> languages = new ArrayList<>();
		List<Object[]> hours = new ArrayList<>();
		for (ImportedClinician c : clinicians) {
			rows.add(new Object[] { c.id(), c.displayName(), Clinician.searchable(c.displayName()), c.bio(),
					c.timezone(), c.slotMinutes(), 0, Clinician.DEFAULT_MIN_NOTICE_MINUTES,
					Clinician.DEFAULT_HORIZON_DAYS, now });
			c.specialties().forEach(s -> specialties.add(new Object[] { c.id(), s }));
			c.languages().forEach(l -> languages.add(new Object[] { c.id(), l }));
			c.weeklyHours()
				.forEach(w -> hours
					.add(new Object[] { c.id(), w.day().name(), Time.valueOf(w.start()), Time.valueOf(w.end()) }));
		}
		this.insert.rows("scheduling_clinician", "id, display_name, search_name, bio, timezone, slot_minutes, "
				+ "buffer_minutes, min_notice_minutes, horizon_days, created_at", rows);
		this.insert.rows("scheduling_clinician_specialty", "clinician_id, specialty", specialties);
		this.insert.rows("scheduling_clinician_language", "clinician_id, language", languages);
		this.insert.rows("scheduling_weekly_hours", "clinician_id, day_of_week, start_time, end_time", hours);
	}

	@Override
	public List<OpenSlot> slotsOn(ImportedClinician clinician, LocalDate date) {
		List<Schedule.Window> weekly = clinician.weeklyHours()
			.stream()
			.map(w -> new Schedule.Window(w.day(), w.start(), w.end()))
			.toList();
		return new Schedule(clinician.id(), clinician.timezone(), clinician.slotMinutes(), 0,
				Clinician.DEFAULT_MIN_NOTICE_MINUTES, Clinician.DEFAULT_HORIZON_DAYS, weekly, List.of())
			.slotsOn(date)
			.stream()
			.map(slot -> new OpenSlot(slot.start(), slot.end()))
			.toList();
	}

	@Override
	public void importAppointments(List<ImportedAppointment> appointments, Instant now) {
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> changes = new ArrayList<>();
		List<Object[]> reminders = new ArrayList<>();
		Instant remindedUntil = now.plus(Duration.ofHours(48));
		for (ImportedAppointment a : appointments) {
			boolean booked = a.outcome() == Outcome.BOOKED;
			boolean cancelled = a.outcome() == Outcome.CANCELLED;
			Timestamp start = Timestamp.from(a.slot().start());
			Timestamp bookedAt = Timestamp.from(a.bookedAt());
			rows.add(new Object[] { a.id(), a.clinicianId(), a.patientId(), start, Timestamp.from(a.slot().end()),
					cancelled ? new SqlParameterValue(Types.TIMESTAMP, null) : start, a.outcome().name(),
					new SqlParameterValue(Types.VARCHAR, a.reason()), bookedAt });
			// its history's last change: the booking itself, or what the clinician
			// recorded at the
			// start; the id follows from the appointment's, so a seed gives the same rows
			changes.add(new Object[] { UUID.nameUUIDFromBytes(("change " + a.id()).getBytes(StandardCharsets.UTF_8)),
					a.id(), a.outcome().name(), start, booked ? a.patientId() : a.clinicianId(),
					booked ? bookedAt : start });
			if (booked && a.slot().start().isBefore(remindedUntil)) {
				reminders.add(new Object[] { a.id(), Reminders.KIND, Timestamp.from(now) });
			}
		}
		this.insert.rows("scheduling_appointment",
				"id, doctor_id, patient_id, starts_at, ends_at, active_starts_at, status, reason, created_at", rows);
		this.insert.rows("scheduling_appointment_change",
				"id, appointment_id, status, starts_at, changed_by, changed_at", changes);
		this.insert.rows("scheduling_reminder", "appointment_id, kind, sent_at", reminders);
	}

	@Override
	public void finishImport(Collection<UUID> clinicianIds) {
		if (!clinicianIds.isEmpty()) {
			Map<String, Object> ids = Map.of("ids", clinicianIds);
			this.named.update("insert into scheduling_care_relation (doctor_id, patient_id, search_name, display_name, "
					+ "email) select distinct a.doctor_id, a.patient_id, p.search_name, p.display_name, p.email "
					+ "from scheduling_appointment a join scheduling_patient p on p.id = a.patient_id "
					+ "where a.doctor_id in (:ids) and not exists (select 1 from scheduling_care_relation r "
					+ "where r.doctor_id = a.doctor_id and r.patient_id = a.patient_id)", ids);
			this.named.update("delete from scheduling_patient_tally where doctor_id in (:ids)", ids);
			this.named.update("insert into scheduling_patient_tally (doctor_id, patients) select doctor_id, count(*) "
					+ "from scheduling_care_relation where doctor_id in (:ids) group by doctor_id", ids);
		}
		this.caches.allBookingsChanged();
	}

}
