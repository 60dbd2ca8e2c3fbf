package app.vitalia.gamification.leaderboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rankings computed by SQL: nothing to keep in step. The caller's own points are read on
 * every request; the opted-in members' totals they are ranked against are summed once per
 * window and kept as long as the top entries, so a rank is one indexed sum and a binary
 * search instead of a grouping of every award in the window.
 */
class SqlRankings implements Rankings {

	private final JdbcTemplate jdbc;

	private final Cache<String, long[]> totals;

	SqlRankings(JdbcTemplate jdbc, Duration keepTotals) {
		this.jdbc = jdbc;
		this.totals = Caffeine.newBuilder().expireAfterWrite(keepTotals).maximumSize(10).build();
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
		return new Standing(points, ahead(generation, window, points));
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

	/** How many opted-in members have more than {@code points} in the window. */
	private long ahead(int generation, Window window, long points) {
		long[] ascending = this.totals.get(generation + ":" + window.name(), key -> totals(generation, window));
		int low = 0;
		int high = ascending.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (ascending[middle] <= points) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return ascending.length - low;
	}

	private long[] totals(int generation, Window window) {
		List<Long> totals = window.from() == null
				? this.jdbc.queryForList("select m.points from gamification_member m join gamification_settings s "
						+ "on s.member_id = m.member_id and s.leaderboard_opt_in = true "
						+ "where m.generation = ? and m.points > 0", Long.class, generation)
				: this.jdbc.queryForList("select sum(a.points) from gamification_award a "
						+ "join gamification_settings s on s.member_id = a.member_id and s.leaderboard_opt_in = true "
						+ "where a.generation = ? and a.awarded_at >= ? group by a.member_id having sum(a.points) > 0",
						Long.class, generation, Timestamp.from(window.from()));
		long[] ascending = totals.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(ascending);
		return ascending;
	}

}
