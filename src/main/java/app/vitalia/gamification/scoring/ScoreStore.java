package app.vitalia.gamification.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.platform.Database;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Awards and per-member progress, kept per generation: readers use the current generation
 * while a replay fills the next one.
 */
@Component
public class ScoreStore {

	private final JdbcTemplate jdbc;

	private final Database database;

	ScoreStore(JdbcTemplate jdbc, Database database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	public int generation() {
		Integer generation = this.jdbc.queryForObject("select generation from gamification_state where id = 1",
				Integer.class);
		return generation == null ? 1 : generation;
	}

	/**
	 * The current generation, locked against a replay's switch until the transaction ends
	 * (evaluations do not block each other on PostgreSQL).
	 */
	public int generationForWriting() {
		Integer generation = this.jdbc.queryForObject("select generation from gamification_state where id = 1"
				// H2 has no shared row locks: evaluations there queue behind each other
				+ (this.database.isPostgres() ? " for share" : " for update"), Integer.class);
		return generation == null ? 1 : generation;
	}

	/** Locks the state row exclusively: no evaluation runs until the transaction ends. */
	public int lockForSwitch() {
		Integer generation = this.jdbc
			.queryForObject("select generation from gamification_state where id = 1 for update", Integer.class);
		return generation == null ? 1 : generation;
	}

	public void switchTo(int generation) {
		this.jdbc.update("update gamification_state set generation = ? where id = 1", generation);
	}

	/** The member's latest awards in the generation, newest first. */
	public List<Award> latestAwards(int generation, UUID memberId, int limit) {
		return this.jdbc.query(
				"select rule_code, member_id, occurrence, points, badge_code, awarded_at, event_seq "
						+ "from gamification_award where generation = ? and member_id = ? "
						+ "order by awarded_at desc, event_seq desc limit ?",
				ScoreStore::award, generation, memberId, limit);
	}

	/**
	 * The member's earlier awards of some rules, each rule's limited as {@code of} says,
	 * in the order they were awarded.
	 */
	public List<Award> awards(int generation, UUID memberId, List<AwardsOf> of) {
		if (of.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder(
				"select rule_code, member_id, occurrence, points, badge_code, awarded_at, "
						+ "event_seq from gamification_award where generation = ? and member_id = ? and (");
		List<Object> args = new ArrayList<>(List.of(generation, memberId));
		for (int i = 0; i < of.size(); i++) {
			AwardsOf rule = of.get(i);
			sql.append(i == 0 ? "" : " or ").append("(rule_code = ?");
			args.add(rule.ruleCode());
			if (rule.occurrences() != null) {
				sql.append(" and occurrence in (")
					.append(String.join(", ", Collections.nCopies(rule.occurrences().size(), "?")))
					.append(')');
				args.addAll(rule.occurrences());
			}
			if (rule.since() != null) {
				sql.append(" and awarded_at > ?");
				args.add(Timestamp.from(rule.since()));
			}
			sql.append(')');
		}
		sql.append(") order by awarded_at");
		return this.jdbc.query(sql.toString(), ScoreStore::award, args.toArray());
	}

	private static Award award(ResultSet rs, int row) throws SQLException {
		return new Award(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4), rs.getString(5),
				rs.getTimestamp(6).toInstant(), rs.getLong(7));
	}

	/**
	 * Which of a member's awards of one rule to read: all of them, only those with one of
	 * the {@code occurrences} (when given), only those awarded after {@code since} (when
	 * given).
	 */
	public record AwardsOf(String ruleCode, @Nullable Collection<String> occurrences, @Nullable Instant since) {

		public AwardsOf {
			if (occurrences != null && occurrences.isEmpty()) {
				throw new IllegalArgumentException("no occurrences to read");
			}
		}

	}

	/**
	 * The badges the member holds in the generation, each with when it was first awarded.
	 */
	public Map<String, Instant> badges(int generation, UUID memberId) {
		Map<String, Instant> badges = new LinkedHashMap<>();
		this.jdbc.query(BADGES, (ResultSet rs) -> {
			badges.put(rs.getString(1), rs.getTimestamp(2).toInstant());
		}, generation, memberId);
		return badges;
	}

	/** On PostgreSQL, read from a partial index of the awards that carry a badge. */
	static final String BADGES = "select badge_code, min(awarded_at) from gamification_award "
			+ "where generation = ? and member_id = ? and badge_code is not null group by badge_code";

	/**
	 * Inserts the awards whose key is new in the generation.
	 * @return those actually inserted
	 */
	public List<Award> insertNew(int generation, List<Award> awards) {
		List<Award> inserted = new ArrayList<>();
		for (Award award : awards) {
			if (this.jdbc.update(INSERT_AWARD + " on conflict do nothing", awardRow(generation, award)) > 0) {
				inserted.add(award);
			}
		}
		return inserted;
	}

	static final String INSERT_AWARD = "insert into gamification_award (generation, rule_code, member_id, occurrence, "
			+ "points, badge_code, awarded_at, event_seq) values (?, ?, ?, ?, ?, ?, ?, ?)";

	static Object[] awardRow(int generation, Award award) {
		return new Object[] { generation, award.ruleCode(), award.memberId(), award.occurrence(), award.points(),
				award.badgeCode(), Timestamp.from(award.awardedAt()), award.eventSeq() };
	}

	/**
	 * Adds points and, when given, replaces the streak, in one update; the member's row
	 * is created only the first time.
	 */
	public void progress(int generation, UUID memberId, long points, @Nullable Streak streak) {
		if (points == 0 && streak == null) {
			return;
		}
		String sql = "update gamification_member set points = points + ?"
				+ (streak == null ? "" : ", current_streak = ?, longest_streak = ?, streak_last_day = ?")
				+ " where generation = ? and member_id = ?";
		Object[] args = (streak == null) ? new Object[] { points, generation, memberId }
				: new Object[] { points, streak.current(), streak.longest(), streak.lastDay(), generation, memberId };
		if (this.jdbc.update(sql, args) == 0) {
			ensureMember(generation, memberId);
			this.jdbc.update(sql, args);
		}
	}

	private void ensureMember(int generation, UUID memberId) {
		this.jdbc.update("insert into gamification_member (generation, member_id, points, current_streak, "
				+ "longest_streak) values (?, ?, 0, 0, 0) on conflict do nothing", generation, memberId);
	}

}
