package app.vitalia.scheduling.calendar;

import java.io.Serializable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.identity.CurrentUser;
import app.vitalia.identity.Role;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read side of appointments: projections straight from SQL, clinician and patient
 * names joined in the same query, every filter backed by an index.
 */
@Component
public class AppointmentQueries {

	public record Listed(UUID id, UUID doctorId, String doctorName, UUID patientId, String patientName,
			Instant startsAt, Instant endsAt, AppointmentStatus status, String reason) implements Serializable {
	}

	public record Filter(@Nullable UUID patientId, @Nullable UUID doctorId, @Nullable Instant from,
			@Nullable Instant to, @Nullable AppointmentStatus status) {

		/**
		 * What {@code caller} may list: every appointment for an admin (one clinician's
		 * when {@code doctorId} is given), their own for a clinician or a member.
		 */
		public static Filter seenBy(CurrentUser caller, @Nullable UUID doctorId, @Nullable Instant from,
				@Nullable Instant to, @Nullable AppointmentStatus status) {
			if (caller.has(Role.ADMIN)) {
				return new Filter(null, doctorId, from, to, status);
			}
			if (caller.has(Role.CLINICIAN)) {
				return new Filter(null, caller.id(), from, to, status);
			}
			return new Filter(caller.id(), null, from, to, status);
		}

	}

	public static final String LIST = "select a.id, a.doctor_id, c.display_name as doctor_name, a.patient_id, "
			+ "p.display_name as patient_name, a.starts_at, a.ends_at, a.status, a.reason "
			+ "from scheduling_appointment a join scheduling_clinician c on c.id = a.doctor_id "
			+ "left join scheduling_patient p on p.id = a.patient_id";

	public static final String BUSY = "select doctor_id, active_starts_at, ends_at from scheduling_appointment "
			+ "where doctor_id in (:ids) and active_starts_at >= :from and active_starts_at < :to";

	private final NamedParameterJdbcTemplate jdbc;

	AppointmentQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Orders the list may be sorted by; a leading {@code -} in the request means
	 * descending.
	 */
	public enum Sort {

		STARTS_AT("startsAt", "a.starts_at"), DOCTOR("doctorName", "c.display_name"),
		PATIENT("patientName", "p.display_name"), STATUS("status", "a.status");

		private final String field;

		private final String column;

		Sort(String field, String column) {
			this.field = field;
			this.column = column;
		}

		public static @Nullable Sort of(String field) {
			for (Sort sort : values()) {
				if (sort.field.equals(field)) {
					return sort;
				}
			}
			return null;
		}

	}

	/** One page in that order and the number of appointments the filter matches. */
	public PageOf<Listed> page(Filter filter, Sort sort, boolean descending, int page, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		String direction = descending ? " desc" : "";
		String order = sort == Sort.STARTS_AT ? " order by a.starts_at" + direction + ", a.id"
				: " order by " + sort.column + direction + ", a.starts_at, a.id";
		String sql = LIST + where + order + " limit :limit offset :offset";
		params.addValue("limit", size).addValue("offset", (long) page * size);
		List<Listed> rows = this.jdbc.query(sql, params, AppointmentQueries::listed);
		long total = rows.size() < size && (page == 0 || !rows.isEmpty()) ? (long) page * size + rows.size()
				: count(where, params);
		return PageOf.counted(rows, page, size, total);
	}

	private long count(String where, MapSqlParameterSource params) {
		Long total = this.jdbc.queryForObject("select count(*) from scheduling_appointment a" + where, params,
				Long.class);
		return total == null ? 0 : total;
	}

	public List<Listed> upcoming(Filter filter, int max) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String sql = LIST + where(filter, params) + " order by a.starts_at, a.id limit :limit";
		params.addValue("limit", max);
		return this.jdbc.query(sql, params, AppointmentQueries::listed);
	}

	public @Nullable Listed find(UUID id) {
		List<Listed> found = this.jdbc.query(LIST + " where a.id = :id", Map.of("id", id), AppointmentQueries::listed);
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * Intervals taken by active appointments of these clinicians that start in
	 * {@code [from, to)}, by clinician.
	 */
	public Map<UUID, List<Slot>> busy(Collection<UUID> doctorIds, Instant from, Instant to) {
		Map<UUID, List<Slot>> busy = new HashMap<>();
		if (doctorIds.isEmpty()) {
			return busy;
		}
		this.jdbc.query(BUSY, new MapSqlParameterSource("ids", doctorIds).addValue("from", Timestamp.from(from))
			.addValue("to", Timestamp.from(to)), rs -> {
				busy.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new Slot(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()));
			});
		return busy;
	}

	public static String where(Filter filter, MapSqlParameterSource params) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (filter.patientId() != null) {
			where.append(" and a.patient_id = :patientId");
			params.addValue("patientId", filter.patientId());
		}
		if (filter.doctorId() != null) {
			where.append(" and a.doctor_id = :doctorId");
			params.addValue("doctorId", filter.doctorId());
		}
		if (filter.from() != null) {
			where.append(" and a.starts_at >= :from");
			params.addValue("from", Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" and a.starts_at < :to");
			params.addValue("to", Timestamp.from(filter.to()));
		}
		if (filter.status() != null) {
			where.append(" and a.status = :status");
			params.addValue("status", filter.status().name());
		}
		return where.toString();
	}

	private static Listed listed(ResultSet rs, int row) throws SQLException {
		return new Listed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getObject(4, UUID.class), rs.getString(5), rs.getTimestamp(6).toInstant(),
				rs.getTimestamp(7).toInstant(), AppointmentStatus.valueOf(rs.getString(8)), rs.getString(9));
	}

}
