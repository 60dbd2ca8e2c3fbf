package app.vitalia.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import app.vitalia.platform.DomainException;
import app.vitalia.platform.PersonalData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appointments in a person's copy of their data: the ones they booked as a patient, with
 * each change made to them, their waitlist places and calendar feed (not its token). A
 * clinician also gets their own directory entry and availability; the patients in their
 * agenda are those patients' data, not theirs.
 */
@Component
class AppointmentPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AppointmentPersonalData(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String part() {
		return "appointments";
	}

	@Override
	public Object of(UUID accountId) {
		Map<String, Object> appointments = new LinkedHashMap<>();
		appointments.put("booked", PersonalData.rows(this.jdbc,
				"select a.id, c.display_name as clinician, a.starts_at, a.ends_at, a.status, a.reason, a.created_at"
						+ " from scheduling_appointment a join scheduling_clinician c on c.id = a.doctor_id"
						+ " where a.patient_id = ? order by a.starts_at",
				accountId));
		appointments.put("changes", PersonalData.rows(this.jdbc,
				"select h.appointment_id, h.status, h.starts_at, h.changed_at, h.note from scheduling_appointment_change h"
						+ " join scheduling_appointment a on a.id = h.appointment_id where a.patient_id = ?"
						+ " order by h.changed_at",
				accountId));
		appointments.put("waitlist", PersonalData.rows(this.jdbc,
				"select c.display_name as clinician, w.on_date, w.created_at, w.offered_at from scheduling_waitlist_entry w"
						+ " join scheduling_clinician c on c.id = w.doctor_id where w.member_id = ? order by w.on_date",
				accountId));
		PersonalData
			.rows(this.jdbc, "select created_at, include_reason from scheduling_calendar_feed where owner_id = ?",
					accountId)
			.forEach((feed) -> appointments.put("calendarFeed", feed));
		PersonalData
			.rows(this.jdbc,
					"select display_name, bio, photo_url, timezone, slot_minutes, buffer_minutes,"
							+ " min_notice_minutes, horizon_days, created_at from scheduling_clinician where id = ?",
					accountId)
			.forEach((clinician) -> appointments.put("asClinician", asClinician(clinician, accountId)));
		return appointments;
	}

	private Map<String, Object> asClinician(Map<String, Object> clinician, UUID id) {
		clinician.put("specialties", this.jdbc.queryForList(
				"select specialty from scheduling_clinician_specialty where clinician_id = ? order by specialty",
				String.class, id));
		clinician.put("languages",
				this.jdbc.queryForList(
						"select language from scheduling_clinician_language where clinician_id = ? order by language",
						String.class, id));
		clinician.put("weeklyHours",
				PersonalData.rows(this.jdbc,
						"select day_of_week, start_time, end_time from scheduling_weekly_hours where clinician_id = ?"
								+ " order by day_of_week, start_time",
						id));
		clinician.put("dateExceptions", PersonalData.rows(this.jdbc,
				"select on_date, kind, start_time, end_time from scheduling_date_exception where clinician_id = ?"
						+ " order by on_date, start_time",
				id));
		return clinician;
	}

	/**
	 * Refused while the member has an appointment still to come (they cancel it, and the
	 * clinician hears of it). Past appointments stay in the clinician's agenda without
	 * the member's name, address or reason for the visit; the member's own notes on
	 * changes go, and so do their waitlist places and calendar feed, and a slot held for
	 * them is let go.
	 */
	@Override
	public void erase(UUID accountId, String email) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Integer upcoming = this.jdbc.queryForObject(
				"select count(*) from scheduling_appointment where patient_id = ? and status = 'BOOKED' and ends_at > ?",
				Integer.class, accountId, now);
		if (upcoming != null && upcoming > 0) {
			throw new DomainException(DomainException.Kind.CONFLICT, "APPOINTMENTS_UPCOMING",
					"Cancel the appointments still to come first: their clinicians are waiting for them");
		}
		// a new version, so a clinician's change of status saved from an older read fails
		// instead of writing the reason back
		this.jdbc.update("update scheduling_appointment set reason = null, version = version + 1 where patient_id = ?",
				accountId);
		this.jdbc.update("update scheduling_appointment_change set note = null, changed_by = null where changed_by = ?",
				accountId);
		this.jdbc.update("update scheduling_patient_tally set patients = patients - 1 where doctor_id in"
				+ " (select doctor_id from scheduling_care_relation where patient_id = ?)", accountId);
		this.jdbc.update("delete from scheduling_care_relation where patient_id = ?", accountId);
		this.jdbc.update("delete from scheduling_patient where id = ?", accountId);
		this.jdbc.update("delete from scheduling_waitlist_entry where member_id = ?", accountId);
		// a slot held for them is let go as if it had run out, so the waitlist's next
		// person is offered it (the expiry job then removes the hold)
		this.jdbc.update("update scheduling_slot_hold set expires_at = ? where member_id = ? and expires_at > ?", now,
				accountId, now);
		this.jdbc.update("delete from scheduling_calendar_feed where owner_id = ?", accountId);
	}

}
