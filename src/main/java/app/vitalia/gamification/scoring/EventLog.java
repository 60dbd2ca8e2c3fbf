package app.vitalia.gamification.scoring;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.vitalia.gamification.rules.Trigger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The append-only log of gamified actions. It only inserts and reads: no method updates
 * or deletes a row (and PostgreSQL refuses both with a trigger).
 */
@Component
public class EventLog {

	static final String COLUMNS = "seq, source_id, member_id, type, occurred_at, local_date";

	private final JdbcTemplate jdbc;

	EventLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appends the action unless an action with the same source id is already logged.
	 * @return the logged action with its sequence number, or empty for a redelivery
	 */
	public Optional<LoggedAction> append(String sourceId, UUID memberId, Trigger type, Instant occurredAt,
			LocalDate localDate, String payload) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		int inserted = this.jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement(
					"insert into gamification_event (source_id, member_id, type, occurred_at, local_date, payload) "
							+ "values (?, ?, ?, ?, ?, ?) on conflict do nothing",
					new String[] { "seq" });
			insert.setString(1, sourceId);
			insert.setObject(2, memberId);
			insert.setString(3, type.name());
			insert.setTimestamp(4, Timestamp.from(occurredAt));
			insert.setObject(5, localDate);
			insert.setString(6, payload);
			return insert;
		}, keys);
		if (inserted == 0) {
			return Optional.empty();
		}
		Number seq = keys.getKey();
		return Optional.of(new LoggedAction(seq.longValue(), sourceId, memberId, type, occurredAt, localDate));
	}

	/**
	 * The member's earlier actions of one type, in log order.
	 */
	public List<LoggedAction> history(UUID memberId, Trigger type, long beforeSeq) {
		return this.jdbc.query("select " + COLUMNS + " from gamification_event where member_id = ? and type = ? "
				+ "and seq < ? order by seq", EventLog::action, memberId, type.name(), beforeSeq);
	}

	public long lastSeq() {
		Long last = this.jdbc.queryForObject("select coalesce(max(seq), 0) from gamification_event", Long.class);
		return last == null ? 0 : last;
	}

	static LoggedAction action(ResultSet rs, int row) throws SQLException {
		return new LoggedAction(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class),
				Trigger.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(), rs.getObject(6, LocalDate.class));
	}

}
