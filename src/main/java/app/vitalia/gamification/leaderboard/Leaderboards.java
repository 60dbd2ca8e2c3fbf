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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;

import app.vitalia.gamification.PointsAwarded;
import app.vitalia.gamification.scoring.ScoreStore;
import app.vitalia.identity.AccountId;
import app.vitalia.identity.AccountSummary;
import app.vitalia.identity.Accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Weekly, monthly and all-time rankings of the members who opted in (nobody appears by
 * default). Weeks start on Monday and months on the 1st at midnight in the business time
 * zone. The rankings live in Redis sorted sets when Redis is configured, fed after each
 * award or opt-in change commits and rebuilt from SQL when missing, on start and after a
 * replay (whose new generation has sets of its own); without Redis they are SQL queries.
 * The top entries with their names (and the current generation) are kept for a few
 * seconds per instance; the caller's own rank is always fresh.
 */
@Component
public class Leaderboards {

	private static final Logger log = LoggerFactory.getLogger(Leaderboards.class);

	public enum Period {

		WEEKLY, MONTHLY, ALL_TIME

	}

	public record Entry(int rank, String displayName, long points, boolean you) {
	}

	/**
	 * @param entries the top entries; those kept between refreshes are written as the
	 * JSON rendered when they were read (see {@link TopEntries})
	 */
	public record Board(Period period, @Nullable Instant from,
			@JsonSerialize(using = TopEntries.Json.class) List<Entry> entries, @Nullable Entry me, boolean optedIn) {
	}

	record Named(UUID memberId, String displayName, long points, int rank) {

		Entry entry(boolean you) {
			return new Entry(this.rank, this.displayName, this.points, you);
		}

	}

	private final JdbcTemplate jdbc;

	private final ScoreStore scores;

	private final Accounts accounts;

	private final Rankings rankings;

	private final Clock clock;

	private final ZoneId businessZone;

	private final JsonMapper json;

	private final Cache<String, TopEntries.Rendered> tops;

	private final LoadingCache<Boolean, Integer> generation;

	Leaderboards(JdbcTemplate jdbc, ScoreStore scores, Accounts accounts, Rankings rankings, Clock clock,
			JsonMapper json, @Value("${vitalia.gamification.business-timezone:Europe/Madrid}") ZoneId businessZone,
			@Value("${vitalia.gamification.leaderboard-cache:5s}") Duration cacheFor) {
		this.jdbc = jdbc;
		this.scores = scores;
		this.accounts = accounts;
		this.rankings = rankings;
		this.clock = clock;
		this.businessZone = businessZone;
		this.json = json;
		this.tops = Caffeine.newBuilder().expireAfterWrite(cacheFor).maximumSize(100).build();
		// a replay's switch shows as late as the top entries do; with Redis a read then
		// needs no database round trip
		this.generation = Caffeine.newBuilder().expireAfterWrite(cacheFor).build(key -> scores.generation());
	}

	public Board board(Period period, int limit, UUID caller) {
		int generation = this.generation.get(true);
		Rankings.Window window = window(period);
		TopEntries.Rendered top = this.tops.get(generation + ":" + window.name() + ":" + limit,
				key -> TopEntries.render(named(this.rankings.top(generation, window, limit)), this.json));
		List<Entry> entries = top.seenBy(caller);
		Rankings.Standing standing = this.rankings.standing(generation, window, caller);
		Entry me = null;
		if (standing != null) {
			me = new Entry((int) standing.ahead() + 1,
					this.accounts.find(AccountId.of(caller)).map(AccountSummary::displayName).orElse("—"),
					standing.points(), true);
		}
		return new Board(period, window.from(), entries, me, standing != null);
	}

	public boolean optedIn(UUID memberId) {
		return optedIn(this.jdbc, memberId);
	}

	static boolean optedIn(JdbcTemplate jdbc, UUID memberId) {
		return Boolean.TRUE
			.equals(jdbc.query("select leaderboard_opt_in from gamification_settings where member_id = ?",
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
		afterCommit(memberId);
		this.tops.invalidateAll();
	}

	/**
	 * The member deleted their account (their rows are gone in this transaction): they
	 * leave the rankings once it commits.
	 */
	public void erased(UUID memberId) {
		afterCommit(memberId);
		this.tops.invalidateAll();
	}

	/** Awards change rankings once their transaction commits. */
	@EventListener
	void on(PointsAwarded awarded) {
		afterCommit(awarded.memberId().id());
	}

	/** Rankings kept outside SQL start from SQL's state, whatever happened while down. */
	@EventListener(ApplicationReadyEvent.class)
	void rebuildOnStart() {
		try {
			this.rankings.rebuild(this.scores.generation(), windows());
		}
		catch (RuntimeException ex) {
			log.warn("Could not rebuild the leaderboards, they will be on first read: {}", ex.toString());
		}
	}

	/**
	 * Gathers the members a transaction changes and passes them on once, after it
	 * commits; outside a transaction at once.
	 */
	private void afterCommit(UUID memberId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			changed(Set.of(memberId));
			return;
		}
		Object resource = TransactionSynchronizationManager.getResource(this);
		if (resource instanceof ChangedMembers members) {
			members.add(memberId);
			return;
		}
		ChangedMembers members = new ChangedMembers();
		members.add(memberId);
		TransactionSynchronizationManager.bindResource(this, members);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(Leaderboards.this);
				if (status == STATUS_COMMITTED) {
					changed(members);
				}
			}

		});
	}

	private void changed(Set<UUID> members) {
		try {
			this.rankings.changed(this.scores.generation(), windows(), members);
		}
		catch (RuntimeException ex) {
			// the set is rebuilt from SQL when it expires or on the next start
			log.warn("Could not update the leaderboards for {} member(s): {}", members.size(), ex.toString());
		}
	}

	private List<Named> named(List<Rankings.Ranked> top) {
		Map<AccountId, AccountSummary> names = this.accounts
			.findAll(top.stream().map(Rankings.Ranked::memberId).map(AccountId::of).toList());
		List<Named> named = new ArrayList<>();
		for (int i = 0; i < top.size(); i++) {
			Rankings.Ranked ranked = top.get(i);
			AccountSummary account = names.get(AccountId.of(ranked.memberId()));
			// equal points, equal rank: the same rank the caller gets for their own
			int rank = (i > 0 && named.get(i - 1).points() == ranked.points()) ? named.get(i - 1).rank() : i + 1;
			named.add(
					new Named(ranked.memberId(), account == null ? "—" : account.displayName(), ranked.points(), rank));
		}
		return named;
	}

	private List<Rankings.Window> windows() {
		return Arrays.stream(Period.values()).map(this::window).toList();
	}

	Rankings.Window window(Period period) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.businessZone));
		return switch (period) {
			case WEEKLY -> {
				LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				yield new Rankings.Window(period, monday.atStartOfDay(this.businessZone).toInstant(), "week:" + monday);
			}
			case MONTHLY -> {
				LocalDate first = today.withDayOfMonth(1);
				yield new Rankings.Window(period, first.atStartOfDay(this.businessZone).toInstant(), "month:" + first);
			}
			case ALL_TIME -> new Rankings.Window(period, null, "all");
		};
	}

	private static final class ChangedMembers extends LinkedHashSet<UUID> {

	}

}
