package app.vitalia.gamification.scoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.vitalia.gamification.rules.Trigger;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The append-only log of gamified actions. It only inserts and reads: no method updates
 * or deletes a row (and PostgreSQL refuses both with a trigger).
 */
@Component
public class EventLog {

	static final String COLUMNS = "seq, source_id, member_id, type, occurred_at, local_date";

	/** A member's actions of one type before a sequence number, counted per local day. */
	static final String HISTORY_DAYS = "select local_date, count(*) from gamification_event "
			+ "where member_id = ? and type = ? and seq < ? group by local_date";

	private final JdbcTemplate jdbc;

	EventLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appends the actions, in one statement, except those whose source id is already
	 * logged.
	 * @return the actions logged now, with their sequence numbers, in log order
	 */
	public List<LoggedAction> appendAll(List<Evaluation.NewAction> actions) {
		if (actions.isEmpty()) {
			return List.of();
		}
		String sql = "insert into gamification_event (source_id, member_id, type, occurred_at, local_date, payload) "
				+ "values " + String.join(", ", Collections.nCopies(actions.size(), "(?, ?, ?, ?, ?, ?)"))
				+ " on conflict do nothing";
		Map<String, Long> seqs = new HashMap<>();
		this.jdbc.execute((Connection connection) -> {
			try (PreparedStatement insert = connection.prepareStatement(sql, new String[] { "seq", "source_id" })) {
				int p = 0;
				for (Evaluation.NewAction action : actions) {
					insert.setString(++p, action.sourceId());
					insert.setObject(++p, action.memberId());
					insert.setString(++p, action.type().name());
					insert.setTimestamp(++p, Timestamp.from(action.occurredAt()));
					insert.setObject(++p, action.localDate());
					insert.setString(++p, action.payload());
				}
				insert.executeUpdate();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					while (keys.next()) {
						seqs.put(keys.getString(2), keys.getLong(1));
					}
				}
			}
			return null;
		});
		List<LoggedAction> logged = new ArrayList<>();
		for (Evaluation.NewAction action : actions) {
			Long seq = seqs.remove(action.sourceId());
			if (seq != null) {
				logged.add(new LoggedAction(seq, action.sourceId(), action.memberId(), action.type(),
						action.occurredAt(), action.localDate()));
			}
		}
		logged.sort(Comparator.comparingLong(LoggedAction::seq));
		return logged;
	}

	/**
	 * The member's actions of one type logged before {@code beforeSeq}, summed up: their
	 * number and local days, from the index alone, and, when {@code timesSince} is given,
	 * when those since then happened.
	 */
	public History history(UUID memberId, Trigger type, long beforeSeq, @Nullable Instant timesSince) {
		Set<LocalDate> days = new HashSet<>();
		long[] count = { 0 };
		this.jdbc.query(HISTORY_DAYS, (ResultSet rs) -> {
			days.add(rs.getObject(1, LocalDate.class));
			count[0] += rs.getLong(2);
		}, memberId, type.name(), beforeSeq);
		List<Instant> times = (timesSince == null) ? List.of()
				// an action's local day is at most one day before its UTC day: the bound
				// keeps the read to the window's days
				: this.jdbc.query(
						"select occurred_at from gamification_event where member_id = ? and type = ? and seq < ? "
								+ "and local_date >= ? and occurred_at > ?",
						(rs, i) -> rs.getTimestamp(1).toInstant(), memberId, type.name(), beforeSeq,
						timesSince.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1), Timestamp.from(timesSince));
		return new History(type, count[0], days, times);
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
