package app.vitalia.gamification.scoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import app.vitalia.gamification.BadgeAwarded;
import app.vitalia.gamification.PointsAwarded;
import app.vitalia.gamification.rules.Badge;
import app.vitalia.gamification.rules.Rule;
import app.vitalia.gamification.rules.RuleStore;
import app.vitalia.gamification.rules.Trigger;
import app.vitalia.members.MemberId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs actions and evaluates the rules for them, in one transaction that runs after the
 * member's own request committed (the listeners call it, one action or a batch). Awards
 * carry a unique key, so a redelivered event logs and awards nothing.
 */
@Component
public class Evaluation {

	/** The daily habit whose streak members see on their progress page. */
	public static final Trigger TRACKED_STREAK = Trigger.FOOD_LOGGED;

	private final EventLog log;

	private final ScoreStore scores;

	private final RuleStore rules;

	private final ApplicationEventPublisher events;

	/** An action to log: its source id makes a redelivery log nothing. */
	public record NewAction(String sourceId, UUID memberId, Trigger type, Instant occurredAt, LocalDate localDate,
			String payload) {
	}

	Evaluation(EventLog log, ScoreStore scores, RuleStore rules, ApplicationEventPublisher events) {
		this.log = log;
		this.scores = scores;
		this.rules = rules;
		this.events = events;
	}

	@Transactional
	public List<Award> record(String sourceId, UUID memberId, Trigger type, Instant occurredAt, LocalDate localDate,
			String payload) {
		return recordAll(List.of(new NewAction(sourceId, memberId, type, occurredAt, localDate, payload)));
	}

	/**
	 * Logs a batch of actions and evaluates them, one member and type at a time, in one
	 * transaction; actions already logged (redeliveries) are skipped.
	 */
	@Transactional
	public List<Award> recordAll(List<NewAction> actions) {
		if (actions.isEmpty()) {
			return List.of();
		}
		// the generation is locked before the actions get their sequence numbers, so a
		// replay that locks it exclusively knows every action up to the last number is
		// committed
		int generation = this.scores.generationForWriting();
		// members in one order for every batch: two batches lock their progress rows in
		// the same order and never deadlock
		Map<String, List<LoggedAction>> byMemberAndType = new TreeMap<>();
		for (LoggedAction action : this.log.appendAll(actions)) {
			byMemberAndType.computeIfAbsent(action.memberId() + "/" + action.type(), key -> new ArrayList<>())
				.add(action);
		}
		List<Award> inserted = new ArrayList<>();
		// the rules once for the whole batch, not once for each member in it
		List<Rule> all = this.rules.rules();
		byMemberAndType.values().forEach(group -> inserted.addAll(evaluateAll(group, all, generation, true)));
		return inserted;
	}

	/**
	 * Evaluates an already logged action into a generation; {@code publish} announces new
	 * points and badges.
	 */
	public List<Award> evaluate(LoggedAction action, int generation, boolean publish) {
		return evaluateAll(List.of(action), this.rules.rules(), generation, publish);
	}

	/**
	 * Evaluates logged actions of one member and type, in log order: the member's history
	 * and awards are read once for all of them, their progress written once.
	 */
	private List<Award> evaluateAll(List<LoggedAction> actions, List<Rule> all, int generation, boolean publish) {
		LoggedAction first = actions.get(0);
		List<Rule> applicable = all.stream().filter(rule -> rule.trigger() == first.type()).toList();
		boolean tracked = first.type() == TRACKED_STREAK;
		if (applicable.isEmpty() && !tracked) {
			return List.of();
		}
		MemberScore score = new MemberScore(first.memberId(), applicable);
		// the actions come in log order, not necessarily in time order: the earliest sets
		// how far back a windowed rule looks
		Instant earliest = actions.stream().map(LoggedAction::occurredAt).min(Instant::compareTo).orElseThrow();
		score.remember(this.log.history(first.memberId(), first.type(), first.seq(),
				score.window(first.type()).map(earliest::minus).orElse(null)));
		this.scores.awards(generation, first.memberId(), awardsThatMatter(applicable, actions, earliest))
			.forEach(score::remember);
		List<Award> earned = new ArrayList<>();
		actions.forEach(action -> earned.addAll(score.apply(action)));
		// the badges the member held before, read only when one may be new
		Set<String> badges = publish && earned.stream().anyMatch(award -> award.badgeCode() != null)
				? new HashSet<>(this.scores.badges(generation, first.memberId()).keySet()) : new HashSet<>();
		List<Award> inserted = this.scores.insertNew(generation, earned);
		long points = inserted.stream().mapToLong(Award::points).sum();
		this.scores.progress(generation, first.memberId(), points, tracked ? score.streak(TRACKED_STREAK) : null);
		if (publish) {
			for (Award award : inserted) {
				this.events.publishEvent(new PointsAwarded(MemberId.of(award.memberId()), award.ruleCode(),
						award.points(), award.awardedAt()));
				if (award.badgeCode() != null && badges.add(award.badgeCode())) {
					this.rules.badge(award.badgeCode()).ifPresent(badge -> announce(award, badge));
				}
			}
		}
		return inserted;
	}

	/**
	 * The earlier awards the rules can depend on when they evaluate these actions: of a
	 * rule that awards each action, only these actions' (a redelivery); of a count within
	 * days, only those inside the window of the earliest action; of the others (first
	 * time, count, streak: one award per milestone) all. A member's awards of the first
	 * kind grow with every action logged, and would otherwise all be read for every
	 * batch.
	 */
	private static List<ScoreStore.AwardsOf> awardsThatMatter(List<Rule> applicable, List<LoggedAction> actions,
			Instant earliest) {
		List<String> sources = actions.stream().map(LoggedAction::sourceId).distinct().toList();
		return applicable.stream().map(rule -> switch (rule.condition().kind()) {
			case EACH -> new ScoreStore.AwardsOf(rule.code(), sources, null);
			case COUNT -> new ScoreStore.AwardsOf(rule.code(), null, rule.condition().withinDays() == null ? null
					: earliest.minus(Duration.ofDays(rule.condition().withinDays())));
			case FIRST_TIME, STREAK -> new ScoreStore.AwardsOf(rule.code(), null, null);
		}).toList();
	}

	private void announce(Award award, Badge badge) {
		this.events.publishEvent(new BadgeAwarded(MemberId.of(award.memberId()), badge.code(), badge.name().es(),
				badge.name().en(), award.awardedAt()));
	}

}
