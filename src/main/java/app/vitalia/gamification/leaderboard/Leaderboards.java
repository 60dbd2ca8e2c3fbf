package app.vitalia.gamification.leaderboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import app.vitalia.gamification.scoring.ScoreStore;
import app.vitalia.identity.AccountId;
import app.vitalia.identity.AccountSummary;
import app.vitalia.identity.Accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly, monthly and all-time rankings of the members who opted in (nobody appears by
 * default). Weeks start on Monday and months on the 1st at midnight in the business time
 * zone. The top entries are read from SQL and kept for a few seconds, so a popular page
 * costs one query per period every few seconds; the caller's own rank is one indexed
 * count.
 */
@Component
public class Leaderboards {

	public enum Period {

		WEEKLY, MONTHLY, ALL_TIME

	}

	public record Entry(int rank, String displayName, long points, boolean you) {
	}

	public record Board(Period period, @Nullable Instant from, List<Entry> entries, @Nullable Entry me,
			boolean optedIn) {
	}

	private record Ranked(UUID memberId, long points) {
	}

	private final JdbcTemplate jdbc;

	private final ScoreStore scores;

	private final Accounts accounts;

	private final Clock clock;

	private final ZoneId businessZone;

	private final Cache<String, List<Ranked>> tops;

	Leaderboards(JdbcTemplate jdbc, ScoreStore scores, Accounts accounts, Clock clock,
			@Value("${vitalia.gamification.business-timezone:Europe/Madrid}") ZoneId businessZone,
			@Value("${vitalia.gamification.leaderboard-cache:5s}") Duration cacheFor) {
		this.jdbc = jdbc;
		this.scores = scores;
		this.accounts = accounts;
		this.clock = clock;
		this.businessZone = businessZone;
		this.tops = Caffeine.newBuilder().expireAfterWrite(cacheFor).maximumSize(100).build();
	}

	@Transactional(readOnly = true)
	public Board board(Period period, int limit, UUID caller) {
		int generation = this.scores.generation();
		Instant from = start(period);
		List<Ranked> top = this.tops.get(generation + ":" + period + ":" + from + ":" + limit,
				key -> top(generation, from, limit));
		Map<AccountId, AccountSummary> names = this.accounts
			.findAll(top.stream().map(Ranked::memberId).map(AccountId::of).toList());
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < top.size(); i++) {
			Ranked ranked = top.get(i);
			AccountSummary account = names.get(AccountId.of(ranked.memberId()));
			entries.add(new Entry(i + 1, account == null ? "—" : account.displayName(), ranked.points(),
					ranked.memberId().equals(caller)));
		}
		boolean optedIn = optedIn(caller);
		Entry me = null;
		if (optedIn) {
			long mine = pointsOf(generation, from, caller);
			long ahead = ahead(generation, from, mine);
			me = new Entry((int) ahead + 1,
					this.accounts.find(AccountId.of(caller)).map(AccountSummary::displayName).orElse("—"), mine, true);
		}
		return new Board(period, from, entries, me, optedIn);
	}

	public boolean optedIn(UUID memberId) {
		return Boolean.TRUE.equals(
				this.jdbc
					.query("select leaderboard_opt_in from gamification_settings where member_id = ?",
							(rs, i) -> rs.getBoolean(1), memberId)
					.stream()
					.findFirst()
					.orElse(false));
	}

	@Transactional
	public void setOptIn(UUID memberId, boolean optIn) {
		Timestamp now = Timestamp.from(this.clock.instant());
		if (this.jdbc.update(
				"update gamification_settings set leaderboard_opt_in = ?, updated_at = ? where member_id = ?", optIn,
				now, memberId) == 0) {
			this.jdbc.update("insert into gamification_settings (member_id, leaderboard_opt_in, updated_at) "
					+ "values (?, ?, ?)", memberId, optIn, now);
		}
		this.tops.invalidateAll();
	}

	@Nullable Instant start(Period period) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.businessZone));
		return switch (period) {
			case WEEKLY -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				.atStartOfDay(this.businessZone)
				.toInstant();
			case MONTHLY -> today.withDayOfMonth(1).atStartOfDay(this.businessZone).toInstant();
			case ALL_TIME -> null;
		};
	}

	private List<Ranked> top(int generation, @Nullable Instant from, int limit) {
		if (from == null) {
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
				(rs, i) -> new Ranked(rs.getObject(1, UUID.class), rs.getLong(2)), generation, Timestamp.from(from),
				limit);
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
