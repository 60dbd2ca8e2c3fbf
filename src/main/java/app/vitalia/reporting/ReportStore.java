package app.vitalia.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The report rows. Every change of state is one conditional update, so two workers (two
 * instances, or a retry racing a resumed run) never both run or finish the same attempt.
 */
@Component
class ReportStore {

	private static final String COLUMNS = "id, type, params, status, progress, created_at, started_at, finished_at, "
			+ "result, error";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	ReportStore(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Inserts a queued report; fails with a duplicate key when a live one has the same
	 * key.
	 */
	void insert(UUID id, String type, String params, String key, Instant now) {
		this.jdbc.update(
				"insert into reporting_report (id, type, params, status, progress, active_key, attempts, created_at) "
						+ "values (?, ?, ?, 'QUEUED', 0, ?, 0, ?)",
				id, type, params, key, Timestamp.from(now));
	}

	Optional<UUID> live(String key) {
		return this.jdbc.queryForList("select id from reporting_report where active_key = ?", UUID.class, key)
			.stream()
			.findFirst();
	}

	Optional<Report> find(UUID id) {
		return this.jdbc.query("select " + COLUMNS + " from reporting_report where id = ?", this::report, id)
			.stream()
			.findFirst();
	}

	List<Report> page(@Nullable String type, int page, int size) {
		String where = type != null ? " where type = ?" : "";
		Object[] args = type != null ? new Object[] { type, size + 1, (long) page * size }
				: new Object[] { size + 1, (long) page * size };
		return this.jdbc.query("select " + COLUMNS + " from reporting_report" + where
				+ " order by created_at desc, id desc limit ? offset ?", this::report, args);
	}

	long count(@Nullable String type) {
		Long count = type != null
				? this.jdbc.queryForObject("select count(*) from reporting_report where type = ?", Long.class, type)
				: this.jdbc.queryForObject("select count(*) from reporting_report", Long.class);
		return count != null ? count : 0;
	}

	/**
	 * Starts an attempt of a queued report, or of a running one whose heartbeat is older
	 * than {@code staleBefore} (its worker died); returns the attempt number, or 0 when
	 * the report is not this worker's to run.
	 */
	int claim(UUID id, Instant now, Instant staleBefore) {
		int claimed = this.jdbc.update(
				"update reporting_report set status = 'RUNNING', started_at = coalesce(started_at, ?), "
						+ "heartbeat_at = ?, attempts = attempts + 1, progress = 0 where id = ? "
						+ "and (status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < ?))",
				Timestamp.from(now), Timestamp.from(now), id, Timestamp.from(staleBefore));
		if (claimed == 0) {
			return 0;
		}
		Integer attempts = this.jdbc.queryForObject("select attempts from reporting_report where id = ?", Integer.class,
				id);
		return attempts != null ? attempts : 0;
	}

	/** Records progress; false when the attempt is no longer the current one. */
	boolean progress(UUID id, int attempt, int progress, Instant now) {
		return this.jdbc
			.update("update reporting_report set progress = ?, heartbeat_at = ? where id = ? and attempts = ? "
					+ "and status = 'RUNNING'", progress, Timestamp.from(now), id, attempt) == 1;
	}

	boolean done(UUID id, int attempt, String result, Instant now) {
		return this.jdbc.update("update reporting_report set status = 'DONE', progress = 100, result = ?, "
				+ "finished_at = ?, heartbeat_at = ?, active_key = null where id = ? and attempts = ? "
				+ "and status = 'RUNNING'", result, Timestamp.from(now), Timestamp.from(now), id, attempt) == 1;
	}

	/** Marks a live report failed (any attempt when {@code attempt} is 0). */
	boolean failed(UUID id, int attempt, String error, Instant now) {
		String message = error.length() > 1000 ? error.substring(0, 1000) : error;
		return this.jdbc.update(
				"update reporting_report set status = 'FAILED', error = ?, finished_at = ?, active_key = null "
						+ "where id = ? and status in ('QUEUED', 'RUNNING') and (? = 0 or attempts = ?)",
				message, Timestamp.from(now), id, attempt, attempt) == 1;
	}

	/**
	 * Live reports nobody is working on: queued or running without a heartbeat since
	 * {@code staleBefore}, with their attempts so far.
	 */
	List<Abandoned> abandoned(Instant staleBefore) {
		return this.jdbc.query(
				"select id, attempts from reporting_report where status in ('QUEUED', 'RUNNING') "
						+ "and coalesce(heartbeat_at, created_at) < ? order by created_at limit 100",
				(rs, i) -> new Abandoned(rs.getObject(1, UUID.class), rs.getInt(2)), Timestamp.from(staleBefore));
	}

	record Abandoned(UUID id, int attempts) {
	}

	private Report report(ResultSet rs, int row) throws SQLException {
		String result = rs.getString("result");
		return new Report(rs.getObject("id", UUID.class), rs.getString("type"),
				this.json.readTree(rs.getString("params")), rs.getString("status"), rs.getInt("progress"),
				rs.getTimestamp("created_at").toInstant(), instant(rs, "started_at"), instant(rs, "finished_at"),
				result != null ? this.json.readTree(result) : null, rs.getString("error"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value != null ? value.toInstant() : null;
	}

}
