package app.vitalia.gamification.leaderboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/** Rankings computed by SQL on every read: nothing to keep in step. */
class SqlRankings implements Rankings {

	private final JdbcTemplate jdbc;

	SqlRankings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Ranked> top(int generation, Window window, int limit) {
		if (window.from() == null) {
			return this.jdbc.query("select m.member_id, m.points from gamification_member m "
					+ "join gamification_settings s on s.member_id = m.member_id and s.leaderboard_opt_in = true "
					+ "where m.generation = ? and m.points > 0 order by m.points desc, m.member_id limit ?",
					(rs, i) -> new Ranked(rs.getObject(1, UUID.class), rs.getLong(2)), generation, limit);
		}
		return this.jdbc.query(
				"select a.member_id, sum(a.points) as total from gamification_award a "
						+ "join gamification_settings s on s.member_id = a.member_id and s.leaderboard_opt_in = true "
						+ "where a.generation = ? and a.awarded_at >= ? group by a.member_id having sum(a.points) > 0 "
						+ "order by total desc, a.member_id limit ?",
				(rs, i) -> new Ranked(rs.getObject(1, UUID.class), rs.getLong(2)), generation,
				Timestamp.from(window.from()), limit);
	}

	@Override
	public @Nullable Standing standing(int generation, Window window, UUID memberId) {
		if (!Leaderboards.optedIn(this.jdbc, memberId)) {
			return null;
		}
		long points = pointsOf(generation, window.from(), memberId);
		return new Standing(points, ahead(generation, window.from(), points));
	}

	@Override
	public void changed(int generation, List<Window> windows, Collection<UUID> members) {
		// every read asks SQL
	}

	@Override
	public void rebuild(int generation, List<Window> windows) {
		// nothing kept
	}

	private long pointsOf(int generation, @Nullable Instant from, UUID memberId) {
		Long points = from == null
				? this.jdbc
					.query("select points from gamification_member where generation = ? and member_id = ?",
							(rs, i) -> rs.getLong(1), generation, memberId)
					.stream()
					.findFirst()
					.orElse(0L)
				: this.jdbc.queryForObject(
						"select coalesce(sum(points), 0) from gamification_award "
								+ "where generation = ? and member_id = ? and awarded_at >= ?",
						Long.class, generation, memberId, Timestamp.from(from));
		return points == null ? 0 : points;
	}

	private long ahead(int generation, @Nullable Instant from, long points) {
		Long ahead = from == null
				? this.jdbc.queryForObject("select count(*) from gamification_member m join gamification_settings s "
						+ "on s.member_id = m.member_id and s.leaderboard_opt_in = true "
						+ "where m.generation = ? and m.points > ?", Long.class, generation, points)
				: this.jdbc.queryForObject("select count(*) from (select a.member_id from gamification_award a "
						+ "join gamification_settings s on s.member_id = a.member_id and s.leaderboard_opt_in = true "
						+ "where a.generation = ? and a.awarded_at >= ? group by a.member_id "
						+ "having sum(a.points) > ?) t", Long.class, generation, Timestamp.from(from), points);
		return ahead == null ? 0 : ahead;
	}

}
