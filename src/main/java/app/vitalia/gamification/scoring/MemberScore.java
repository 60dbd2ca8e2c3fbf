package app.vitalia.gamification.scoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import app.vitalia.gamification.rules.Condition;
import app.vitalia.gamification.rules.Rule;
import app.vitalia.gamification.rules.Trigger;

/**
 * One member's actions and awards, evaluated against the rules in log order. The same
 * code serves live evaluation (history loaded from the log, then the new action applied)
 * and replays (every action applied in order), so both award the same.
 */
public final class MemberScore {

	private final UUID memberId;

	private final Map<Trigger, List<Rule>> rulesByTrigger = new EnumMap<>(Trigger.class);

	/** How many actions of each type, these days included. */
	private final Map<Trigger, Long> counts = new EnumMap<>(Trigger.class);

	/** The local days with at least one action, per type: what streaks are made of. */
	private final Map<Trigger, NavigableSet<LocalDate>> days = new EnumMap<>(Trigger.class);

	/** When the actions happened, kept only for types a windowed count rule counts. */
	private final Map<Trigger, List<Instant>> times = new EnumMap<>(Trigger.class);

	/** The longest {@code withinDays} of each type's count rules that have one. */
	private final Map<Trigger, Duration> windows = new EnumMap<>(Trigger.class);

	private final Map<String, Set<String>> occurrences = new HashMap<>();

	private final Map<String, List<Instant>> awardTimes = new HashMap<>();

	private final List<Award> awards = new ArrayList<>();

	public MemberScore(UUID memberId, List<Rule> rules) {
		this.memberId = memberId;
		rules.forEach(rule -> this.rulesByTrigger.computeIfAbsent(rule.trigger(), t -> new ArrayList<>()).add(rule));
		rules.stream()
			.filter(rule -> rule.condition().kind() == Condition.Kind.COUNT && rule.condition().withinDays() != null)
			.forEach(rule -> this.windows.merge(rule.trigger(), Duration.ofDays(rule.condition().withinDays()),
					(a, b) -> a.compareTo(b) >= 0 ? a : b));
	}

	/**
	 * Takes an earlier action into account without evaluating it.
	 */
	public void remember(LoggedAction action) {
		this.counts.merge(action.type(), 1L, Long::sum);
		this.days.computeIfAbsent(action.type(), t -> new TreeSet<>()).add(action.localDate());
		if (this.windows.containsKey(action.type())) {
			this.times.computeIfAbsent(action.type(), t -> new ArrayList<>()).add(action.occurredAt());
		}
	}

	/**
	 * Takes earlier actions into account from what the log summed up of them
	 * ({@link EventLog#history}): the same as remembering each one, for actions whose
	 * {@link #window} starts no earlier than the history's times.
	 */
	public void remember(History history) {
		this.counts.merge(history.type(), history.count(), Long::sum);
		this.days.computeIfAbsent(history.type(), t -> new TreeSet<>()).addAll(history.days());
		if (this.windows.containsKey(history.type())) {
			this.times.computeIfAbsent(history.type(), t -> new ArrayList<>()).addAll(history.times());
		}
	}

	/**
	 * How far back the rules for actions of this type look at when earlier actions
	 * happened: the longest {@code withinDays} of its count rules, none without one.
	 */
	public Optional<Duration> window(Trigger type) {
		return Optional.ofNullable(this.windows.get(type));
	}

	/**
	 * Takes an earlier award into account, so it is not given again.
	 */
	public void remember(Award award) {
		this.occurrences.computeIfAbsent(award.ruleCode(), c -> new HashSet<>()).add(award.occurrence());
		this.awardTimes.computeIfAbsent(award.ruleCode(), c -> new ArrayList<>()).add(award.awardedAt());
		this.awards.add(award);
	}

	/**
	 * Records the action and returns the awards it earns now.
	 */
	public List<Award> apply(LoggedAction action) {
		boolean first = this.counts.getOrDefault(action.type(), 0L) == 0;
		remember(action);
		List<Award> earned = new ArrayList<>();
		for (Rule rule : this.rulesByTrigger.getOrDefault(action.type(), List.of())) {
			if (!rule.appliesAt(action.occurredAt())) {
				continue;
			}
			for (String occurrence : occurrences(rule, action, first)) {
				Award award = new Award(rule.code(), this.memberId, occurrence, rule.points(), rule.badgeCode(),
						action.occurredAt(), action.seq());
				if (!this.occurrences.getOrDefault(rule.code(), Set.of()).contains(occurrence)) {
					remember(award);
					earned.add(award);
				}
			}
		}
		return earned;
	}

	private List<String> occurrences(Rule rule, LoggedAction action, boolean first) {
		Condition condition = rule.condition();
		return switch (condition.kind()) {
			case FIRST_TIME -> first ? List.of("first") : List.of();
			case EACH -> List.of(action.sourceId());
			case COUNT -> count(rule, condition, action);
			case STREAK -> streak(condition.days() == null ? 1 : condition.days(), action);
		};
	}

	private List<String> count(Rule rule, Condition condition, LoggedAction action) {
		int n = condition.n() == null ? 1 : condition.n();
		if (condition.withinDays() == null) {
			return this.counts.getOrDefault(action.type(), 0L) >= n ? List.of("reached") : List.of();
		}
		Instant since = action.occurredAt().minus(Duration.ofDays(condition.withinDays()));
		long inWindow = this.times.getOrDefault(action.type(), List.of())
			.stream()
			.filter(at -> at.isAfter(since) && !at.isAfter(action.occurredAt()))
			.count();
		boolean awardedInWindow = this.awardTimes.getOrDefault(rule.code(), List.of())
			.stream()
			.anyMatch(at -> at.isAfter(since));
		return inWindow >= n && !awardedInWindow ? List.of(action.sourceId()) : List.of();
	}

	/**
	 * Every full multiple of {@code length} days in the run of days containing the
	 * action's day.
	 */
	private List<String> streak(int length, LoggedAction action) {
		NavigableSet<LocalDate> dates = this.days.get(action.type());
		LocalDate start = action.localDate();
		while (dates.contains(start.minusDays(1))) {
			start = start.minusDays(1);
		}
		LocalDate end = action.localDate();
		while (dates.contains(end.plusDays(1))) {
			end = end.plusDays(1);
		}
		long run = ChronoUnit.DAYS.between(start, end) + 1;
		List<String> keys = new ArrayList<>();
		for (long k = 1; k <= run / length; k++) {
			keys.add(start + "/" + k);
		}
		return keys;
	}

	public long points() {
		return this.awards.stream().mapToLong(Award::points).sum();
	}

	public List<Award> awards() {
		return this.awards;
	}

	/**
	 * The longest run of consecutive days with the action, and the run ending on its last
	 * day (whether that run is still alive depends on the member's today).
	 */
	public Streak streak(Trigger type) {
		NavigableSet<LocalDate> dates = this.days.getOrDefault(type, new TreeSet<>());
		return Streak.of(dates);
	}

}
