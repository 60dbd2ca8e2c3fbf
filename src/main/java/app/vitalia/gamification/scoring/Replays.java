package app.vitalia.gamification.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import app.vitalia.gamification.BadgeAwarded;
import app.vitalia.gamification.rules.Badge;
import app.vitalia.gamification.rules.Rule;
import app.vitalia.gamification.rules.RuleStore;
import app.vitalia.identity.AccountId;
import app.vitalia.identity.AccountSummary;
import app.vitalia.identity.Accounts;
import app.vitalia.members.MemberId;
import app.vitalia.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every member's awards, points and streaks from the event log under the
 * current rules. The log is streamed member by member (only one member's actions are in
 * memory at a time) into the next generation, which nobody reads; then, with evaluations
 * paused by an exclusive lock, the actions logged meanwhile are evaluated into it too and
 * the current generation switches over in the same transaction. A dry run computes the
 * same generation, reports who would gain or lose points and badges, and drops it.
 * <p>
 * Public because JobRunr calls {@link #run(UUID)} by reflection.
 */
@Component
public class Replays {

	private static final Logger log = LoggerFactory.getLogger(Replays.class);

	private static final int BATCH = 5_000;

	private static final int ANNOUNCE_BATCH = 10;

	/**
	 * Listener runs still waiting that hold back the next batch: half the default pool,
	 * so requests keep connections while announcements drain.
	 */
	private static final int ANNOUNCE_IN_FLIGHT = 10;

	private static final Duration ANNOUNCE_MAX_WAIT = Duration.ofSeconds(10);

	private static final int REPORT_EXAMPLES = 20;

	public record Replay(UUID id, boolean dryRun, String status, long totalEvents, long processedEvents,
			@Nullable Object report, @Nullable String error, Instant requestedAt, @Nullable Instant finishedAt) {
	}

	public record Change(UUID memberId, String displayName, long pointsBefore, long pointsAfter,
			List<String> badgesGained, List<String> badgesLost) {
	}

	public record Report(long membersGaining, long membersLosing, long pointsBefore, long pointsAfter,
			long badgesGained, long badgesLost, List<Change> examples) {
	}

	private final JdbcTemplate jdbc;

	private final JdbcTemplate streaming;

	private final ScoreStore scores;

	private final EventLog eventLog;

	private final Evaluation evaluation;

	private final RuleStore rules;

	private final Accounts accounts;

	private final JobScheduler jobs;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final TransactionTemplate own;

	private final TransactionTemplate reading;

	private final Clock clock;

	Replays(JdbcTemplate jdbc, ScoreStore scores, EventLog eventLog, Evaluation evaluation, RuleStore rules,
			Accounts accounts, JobScheduler jobs, ApplicationEventPublisher events, JsonMapper json,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(jdbc.getDataSource());
		this.streaming.setFetchSize(BATCH);
		this.scores = scores;
		this.eventLog = eventLog;
		this.evaluation = evaluation;
		this.rules = rules;
		this.accounts = accounts;
		this.jobs = jobs;
		this.events = events;
		this.json = json;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.reading.setReadOnly(true);
		this.clock = clock;
	}

	/**
	 * Queues a replay (one at a time).
	 * @throws DomainException 409 {@code REPLAY_RUNNING}
	 */
	public Replay start(boolean dryRun) {
		UUID id = UUID.randomUUID();
		this.own.executeWithoutResult(tx -> {
			Integer running = this.jdbc.queryForObject(
					"select count(*) from gamification_replay where status in ('QUEUED', 'RUNNING')", Integer.class);
			if (running != null && running > 0) {
				throw new DomainException(DomainException.Kind.CONFLICT, "REPLAY_RUNNING",
						"A replay is already running; wait for it to finish");
			}
			this.jdbc.update(
					"insert into gamification_replay (id, dry_run, status, total_events, processed_events, "
							+ "generation, requested_at) values (?, ?, 'QUEUED', 0, 0, 0, ?)",
					id, dryRun, Timestamp.from(this.clock.instant()));
		});
		this.jobs.enqueue(() -> run(id));
		return find(id).orElseThrow();
	}

	public Optional<Replay> find(UUID id) {
		return this.jdbc
			.query("select id, dry_run, status, total_events, processed_events, report, error, "
					+ "requested_at, finished_at from gamification_replay where id = ?", this::replay, id)
			.stream()
			.findFirst();
	}

	public Optional<Replay> latest() {
		return this.jdbc
			.query("select id, dry_run, status, total_events, processed_events, report, error, "
					+ "requested_at, finished_at from gamification_replay order by requested_at desc limit 1",
					this::replay)
			.stream()
			.findFirst();
	}

	@Job(name = "Replay the gamification log", retries = 0)
	public void run(UUID id) {
		Replay replay = find(id).orElseThrow();
		if (!replay.status().equals("QUEUED")) {
			return;
		}
		int current = this.scores.generation();
		int target = current + 1;
		List<Award> gainedBadges;
		try {
			dropGeneration(target);
			// waits for evaluations in flight: every action up to 'last' is committed
			long last = this.own.execute(tx -> {
				this.scores.lockForSwitch();
				return this.eventLog.lastSeq();
			});
			Long total = this.jdbc.queryForObject("select count(*) from gamification_event where seq <= ?", Long.class,
					last);
			this.jdbc.update("update gamification_replay set status = 'RUNNING', total_events = ?, generation = ? "
					+ "where id = ?", total, target, id);
			compute(id, target, last);
			if (replay.dryRun()) {
				Report report = report(current, target);
				dropGeneration(target);
				finish(id, "DONE", report, null);
				return;
			}
			gainedBadges = switchTo(current, target, last);
		}
		catch (RuntimeException ex) {
			log.error("Replay {} failed", id, ex);
			dropGeneration(target);
			finish(id, "FAILED", null, String.valueOf(ex.getMessage()));
			return;
		}
		// switched over: the new generation is what members see now, so nothing below may
		// undo it (it once dropped the new scores when the badge announcements failed)
		finish(id, "DONE", null, null);
		try {
			announce(gainedBadges);
		}
		catch (RuntimeException ex) {
			log.error("Replay {} switched over, but announcing the {} badges it awarded failed part way: "
					+ "some members get no \"badge unlocked\" notice for them", id, gainedBadges.size(), ex);
		}
		try {
			dropGeneration(current);
		}
		catch (RuntimeException ex) {
			log.warn("Replay {}: the previous generation {} could not be deleted (unused rows are left): {}", id,
					current, ex.getMessage());
		}
	}

	private void compute(UUID id, int target, long last) {
		List<Rule> all = this.rules.rules();
		Batch batch = new Batch(id, target);
		this.reading.executeWithoutResult(tx -> this.streaming.query(
				"select " + EventLog.COLUMNS + " from gamification_event where seq <= ? order by member_id, seq",
				(ResultSet rs) -> {
					LoggedAction action = EventLog.action(rs, 0);
					if (batch.score == null || !batch.member.equals(action.memberId())) {
						batch.close();
						batch.member = action.memberId();
						batch.score = new MemberScore(action.memberId(), all);
					}
					batch.score.apply(action);
					batch.processed++;
				}, last));
		batch.close();
		batch.flush();
	}

	/** Awards and member rows waiting to be written in one batch. */
	private final class Batch {

		final UUID replayId;

		final int generation;

		@Nullable UUID member;

		@Nullable MemberScore score;

		long processed;

		final List<Object[]> awards = new ArrayList<>();

		final List<Object[]> members = new ArrayList<>();

		Batch(UUID replayId, int generation) {
			this.replayId = replayId;
			this.generation = generation;
		}

		void close() {
			if (this.score == null || this.member == null) {
				return;
			}
			this.score.awards().forEach(award -> this.awards.add(ScoreStore.awardRow(this.generation, award)));
			Streak streak = this.score.streak(Evaluation.TRACKED_STREAK);
			this.members.add(new Object[] { this.generation, this.member, this.score.points(), streak.current(),
					streak.longest(), streak.lastDay() });
			if (this.awards.size() >= BATCH || this.members.size() >= BATCH) {
				flush();
			}
		}

		void flush() {
			Replays.this.own.executeWithoutResult(tx -> {
				Replays.this.jdbc.batchUpdate(ScoreStore.INSERT_AWARD, this.awards);
				Replays.this.jdbc.batchUpdate(
						"insert into gamification_member (generation, member_id, points, "
								+ "current_streak, longest_streak, streak_last_day) values (?, ?, ?, ?, ?, ?)",
						this.members);
				Replays.this.jdbc.update("update gamification_replay set processed_events = ? where id = ?",
						this.processed, this.replayId);
			});
			this.awards.clear();
			this.members.clear();
		}

	}

	/**
	 * Evaluates the actions logged since the replay started into the new generation and
	 * makes it current, while evaluations wait.
	 * @return the badge awards members did not have before
	 */
	private List<Award> switchTo(int current, int target, long last) {
		return this.own.execute(tx -> {
			this.scores.lockForSwitch();
			this.streaming.query("select " + EventLog.COLUMNS + " from gamification_event where seq > ? order by seq",
					(ResultSet rs) -> {
						this.evaluation.evaluate(EventLog.action(rs, 0), target, false);
					}, last);
			this.scores.switchTo(target);
			return this.jdbc.query(
					"select n.rule_code, n.member_id, n.occurrence, n.points, n.badge_code, "
							+ "n.awarded_at, n.event_seq from gamification_award n where n.generation = ? "
							+ "and n.badge_code is not null and not exists (select 1 from gamification_award o "
							+ "where o.generation = ? and o.member_id = n.member_id and o.badge_code = n.badge_code)",
					(rs, i) -> new Award(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
							rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getLong(7)),
					target, current);
		});
	}

	/**
	 * Publishes one {@link BadgeAwarded} per member and newly earned badge,
	 * {@value #ANNOUNCE_BATCH} to a transaction, and waits before each batch until the
	 * listener runs set off so far are down to {@value #ANNOUNCE_IN_FLIGHT}: a first
	 * replay can award badges to every member at once (132,134 for the 50,000 members of
	 * the leaderboard bench), and their listeners, started all together, took every
	 * pooled connection from requests and from each other.
	 */
	private void announce(List<Award> gained) {
		Map<String, Badge> badges = new HashMap<>();
		this.rules.badges().forEach(badge -> badges.put(badge.code(), badge));
		Set<String> seen = new HashSet<>();
		List<BadgeAwarded> pending = new ArrayList<>();
		for (Award award : gained) {
			Badge badge = badges.get(award.badgeCode());
			if (badge != null && seen.add(award.memberId() + ":" + badge.code())) {
				pending.add(new BadgeAwarded(MemberId.of(award.memberId()), badge.code(), badge.name().es(),
						badge.name().en(), award.awardedAt()));
			}
		}
		for (int from = 0; from < pending.size(); from += ANNOUNCE_BATCH) {
			List<BadgeAwarded> batch = pending.subList(from, Math.min(from + ANNOUNCE_BATCH, pending.size()));
			awaitListeners();
			this.own.executeWithoutResult(tx -> batch.forEach(this.events::publishEvent));
		}
	}

	/**
	 * Waits, at most {@link #ANNOUNCE_MAX_WAIT}, until Spring Modulith's registry holds
	 * at most {@value #ANNOUNCE_IN_FLIGHT} publications that are waiting for or running
	 * their listener (completed ones are deleted, failed ones are the resubmission
	 * job's).
	 */
	private void awaitListeners() {
		long deadline = System.nanoTime() + ANNOUNCE_MAX_WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			Long inFlight = this.jdbc.queryForObject(
					"select count(*) from event_publication where status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')",
					Long.class);
			if (inFlight == null || inFlight <= ANNOUNCE_IN_FLIGHT) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private Report report(int current, int target) {
		record Delta(UUID member, long before, long after) {
		}
		List<Delta> deltas = this.jdbc.query(
				"select member_id, " + "sum(case when generation = ? then points else 0 end) as before_points, "
						+ "sum(case when generation = ? then points else 0 end) as after_points "
						+ "from gamification_member where generation in (?, ?) group by member_id",
				(rs, i) -> new Delta(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3)), current, target,
				current, target);
		record BadgeChange(UUID member, String badge, boolean gained) {
		}
		List<BadgeChange> badgeChanges = this.jdbc.query(
				"select member_id, badge_code, max(generation) from "
						+ "(select distinct member_id, badge_code, generation from gamification_award "
						+ "where generation in (?, ?) and badge_code is not null) b group by member_id, badge_code "
						+ "having count(*) = 1",
				(rs, i) -> new BadgeChange(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3) == target),
				current, target);
		long gaining = deltas.stream().filter(d -> d.after() > d.before()).count();
		long losing = deltas.stream().filter(d -> d.after() < d.before()).count();
		long before = deltas.stream().mapToLong(Delta::before).sum();
		long after = deltas.stream().mapToLong(Delta::after).sum();
		Map<UUID, List<BadgeChange>> byMember = new HashMap<>();
		badgeChanges.forEach(change -> byMember.computeIfAbsent(change.member(), m -> new ArrayList<>()).add(change));
		List<Delta> changed = deltas.stream()
			.filter(d -> d.before() != d.after() || byMember.containsKey(d.member()))
			.sorted((a, b) -> Long.compare(Math.abs(b.after() - b.before()), Math.abs(a.after() - a.before())))
			.limit(REPORT_EXAMPLES)
			.toList();
		Map<AccountId, AccountSummary> names = this.accounts
			.findAll(changed.stream().map(Delta::member).map(AccountId::of).toList());
		List<Change> examples = changed.stream().map(d -> {
			List<BadgeChange> badges = byMember.getOrDefault(d.member(), List.of());
			AccountSummary account = names.get(AccountId.of(d.member()));
			return new Change(d.member(), account == null ? "—" : account.displayName(), d.before(), d.after(),
					badges.stream().filter(BadgeChange::gained).map(BadgeChange::badge).toList(),
					badges.stream().filter(b -> !b.gained()).map(BadgeChange::badge).toList());
		}).toList();
		return new Report(gaining, losing, before, after, badgeChanges.stream().filter(BadgeChange::gained).count(),
				badgeChanges.stream().filter(b -> !b.gained()).count(), examples);
	}

	private void dropGeneration(int generation) {
		this.own.executeWithoutResult(tx -> {
			this.jdbc.update("delete from gamification_award where generation = ?", generation);
			this.jdbc.update("delete from gamification_member where generation = ?", generation);
		});
	}

	private void finish(UUID id, String status, @Nullable Report report, @Nullable String error) {
		this.jdbc.update("update gamification_replay set status = ?, report = ?, error = ?, finished_at = ?, "
				+ "processed_events = case when ? = 'DONE' then total_events else processed_events end where id = ?",
				status, report == null ? null : this.json.writeValueAsString(report), error,
				Timestamp.from(this.clock.instant()), status, id);
	}

	private Replay replay(ResultSet rs, int row) throws SQLException {
		String report = rs.getString(6);
		Timestamp finished = rs.getTimestamp(9);
		return new Replay(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
				report == null ? null : this.json.readTree(report), rs.getString(7), rs.getTimestamp(8).toInstant(),
				finished == null ? null : finished.toInstant());
	}

}
