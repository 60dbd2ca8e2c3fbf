package app.vitalia.scheduling;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import app.vitalia.identity.AccountRenamed;
import app.vitalia.identity.AccountSummary;
import app.vitalia.identity.Accounts;
import app.vitalia.identity.CurrentUser;
import app.vitalia.identity.Role;
import app.vitalia.scheduling.calendar.PageOf;
import app.vitalia.scheduling.directory.Clinician;
import app.vitalia.scheduling.directory.DoctorDirectory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The people who booked, as scheduling's own read model (name and email, refreshed on
 * each booking and when they rename themselves), and which clinicians they booked with:
 * the patients list is a join inside this module.
 */
@Component
class Patients {

	record Patient(UUID id, String displayName, String email) implements Serializable {
	}

	/** A clinician's patients, read from one index in name order. */
	static final String CLINICIAN_PAGE = "select r.patient_id, r.display_name, r.email from scheduling_care_relation r "
			+ "where r.doctor_id = :doctorId%s order by r.search_name, r.patient_id limit :limit offset :offset";

	static final String CLINICIAN_SEARCH_COUNT = "select count(*) from scheduling_care_relation r "
			+ "where r.doctor_id = :doctorId%s";

	static final String CLINICIAN_COUNT = "select patients from scheduling_patient_tally where doctor_id = :doctorId";

	static final String ALL_PAGE = "select p.id, p.display_name, p.email from scheduling_patient p where 1 = 1%s "
			+ "order by p.search_name, p.id limit :limit offset :offset";

	static final String ALL_COUNT = "select count(*) from scheduling_patient p where 1 = 1%s";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Accounts accounts;

	/**
	 * The care relations this instance wrote or found, with the name and email copied
	 * into them ("name\nemail" by "doctor/patient"). Rows are never deleted while the
	 * account exists, and a rename or a new email differs from the entry, so a stale
	 * entry costs a write, never a wrong list.
	 */
	private final Cache<String, String> copied = Caffeine.newBuilder().maximumSize(200_000).build();

	Patients(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Accounts accounts) {
		this.jdbc = jdbc;
		this.named = named;
		this.accounts = accounts;
	}

	/**
	 * Keeps the copy of the name current when a patient renames themselves. Renames are
	 * handled asynchronously and may arrive out of order, so the name is read afresh
	 * rather than taken from the event.
	 */
	@ApplicationModuleListener
	void on(AccountRenamed renamed) {
		String name = Optional.ofNullable(this.accounts.findAll(List.of(renamed.accountId())).get(renamed.accountId()))
			.map(AccountSummary::displayName)
			.orElse(renamed.displayName());
		String searchName = Clinician.searchable(name);
		if (this.jdbc.update(
				"update scheduling_patient set display_name = ?, search_name = ? where id = ? and display_name <> ?",
				name, searchName, renamed.accountId().id(), name) > 0) {
			this.jdbc.update(
					"update scheduling_care_relation set display_name = ?, search_name = ? where patient_id = ?", name,
					searchName, renamed.accountId().id());
		}
	}

	/**
	 * Records that the account booked with the clinician (idempotent). Called with the
	 * clinician's row locked, so the count of their patients cannot race. Most bookings
	 * are by a patient the clinician already has, under the name and email already
	 * copied: those this instance has seen committed cost no statement at all.
	 */
	void booked(AccountSummary account, UUID doctorId) {
		String key = doctorId + "/" + account.id();
		String copy = account.displayName() + "\n" + account.email();
		if (copy.equals(this.copied.getIfPresent(key))) {
			return;
		}
		write(account, doctorId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Patients.this.copied.put(key, copy);
				}
			});
		}
	}

	private void write(AccountSummary account, UUID doctorId) {
		String name = account.displayName();
		String searchName = Clinician.searchable(name);
		if (this.jdbc.update(
				"update scheduling_patient set display_name = ?, search_name = ?, email = ? where id = ? "
						+ "and (display_name <> ? or email <> ?)",
				name, searchName, account.email(), account.id(), name, account.email()) > 0) {
			this.jdbc.update(
					"update scheduling_care_relation set display_name = ?, search_name = ?, email = ? where patient_id = ?",
					name, searchName, account.email(), account.id());
		}
		else {
			this.jdbc
				.update("insert into scheduling_patient (id, display_name, search_name, email) values (?, ?, ?, ?) "
						+ "on conflict do nothing", account.id(), name, searchName, account.email());
		}
		if (this.jdbc.update(
				"insert into scheduling_care_relation (doctor_id, patient_id, search_name, display_name, email) "
						+ "values (?, ?, ?, ?, ?) on conflict do nothing",
				doctorId, account.id(), searchName, name, account.email()) > 0
				&& this.jdbc.update("update scheduling_patient_tally set patients = patients + 1 where doctor_id = ?",
						doctorId) == 0) {
			this.jdbc.update("insert into scheduling_patient_tally (doctor_id, patients) values (?, 1)", doctorId);
		}
	}

	/**
	 * The patients {@code caller} may list: every member for an admin, their own for a
	 * clinician (the module's security rules let no one else ask).
	 */
	PageOf<Patient> seenBy(CurrentUser caller, @Nullable String query, int page, int size) {
		return page(caller.has(Role.ADMIN) ? null : caller.id(), query, page, size);
	}

	/** A clinician's patients ({@code doctorId} set) or everyone's. */
	PageOf<Patient> page(@Nullable UUID doctorId, @Nullable String query, int page, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource("limit", size).addValue("offset", (long) page * size)
			.addValue("doctorId", doctorId);
		String filter = "";
		if (query != null && !query.isBlank()) {
			filter = " and " + (doctorId != null ? "r" : "p") + ".search_name like :query escape '\\'";
			params.addValue("query", "%" + DoctorDirectory.likeEscaped(Clinician.searchable(query)) + "%");
		}
		String pageSql = (doctorId != null ? CLINICIAN_PAGE : ALL_PAGE).formatted(filter);
		List<Patient> rows = this.named.query(pageSql, params,
				(rs, i) -> new Patient(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
		if (page == 0 && rows.size() < size) { // the whole list is on this page
			return PageOf.counted(rows, page, size, rows.size());
		}
		String countSql = doctorId == null ? ALL_COUNT.formatted(filter)
				: filter.isEmpty() ? CLINICIAN_COUNT : CLINICIAN_SEARCH_COUNT.formatted(filter);
		List<Long> total = this.named.queryForList(countSql, params, Long.class);
		return PageOf.counted(rows, page, size, total.isEmpty() ? 0 : total.get(0));
	}

}
