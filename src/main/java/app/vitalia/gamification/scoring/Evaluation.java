package app.vitalia.gamification.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Logs an action and evaluates the rules for it, in one transaction that runs after the
 * member's own request committed (the listeners call it). Awards carry a unique key, so a
 * redelivered event logs and awards nothing.
 */
@Component
public class Evaluation {

	/** The daily habit whose streak members see on their progress page. */
	public static final Trigger TRACKED_STREAK = Trigger.FOOD_LOGGED;

	private final EventLog log;

	private final ScoreStore scores;

	private final RuleStore rules;

	private final ApplicationEventPublisher events;

	Evaluation(EventLog log, ScoreStore scores, RuleStore rules, ApplicationEventPublisher events) {
		this.log = log;
		this.scores = scores;
		this.rules = rules;
		this.events = events;
	}

	@Transactional
	public List<Award> record(String sourceId, UUID memberId, Trigger type, Instant occurredAt, LocalDate localDate,
			String payload) {
		// the generation is locked before the action gets its sequence number, so a
		// replay that
		// locks it exclusively knows every action up to the last number is committed
		int generation = this.scores.generationForWriting();
		Optional<LoggedAction> logged = this.log.append(sourceId, memberId, type, occurredAt, localDate, payload);
		if (logged.isEmpty()) {
			return List.of();
		}
		return evaluate(logged.get(), generation, true);
	}

	/**
	 * Evaluates an already logged action into a generation; {@code publish} announces new
	 * points and badges.
	 */
	public List<Award> evaluate(LoggedAction action, int generation, boolean publish) {
		List<Rule> applicable = this.rules.rules().stream().filter(rule -> rule.trigger() == action.type()).toList();
		boolean tracked = action.type() == TRACKED_STREAK;
		if (applicable.isEmpty() && !tracked) {
			return List.of();
		}
		MemberScore score = new MemberScore(action.memberId(), applicable);
		this.log.history(action.memberId(), action.type(), action.seq()).forEach(score::remember);
		List<Award> earlier = this.scores.awards(generation, action.memberId());
		earlier.forEach(score::remember);
		Set<String> badges = new HashSet<>();
		earlier.stream().map(Award::badgeCode).filter(code -> code != null).forEach(badges::add);
		List<Award> inserted = this.scores.insertNew(generation, score.apply(action));
		long points = inserted.stream().mapToLong(Award::points).sum();
		if (!inserted.isEmpty()) {
			this.scores.addPoints(generation, action.memberId(), points);
		}
		if (tracked) {
			this.scores.saveStreak(generation, action.memberId(), score.streak(TRACKED_STREAK));
		}
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

	private void announce(Award award, Badge badge) {
		this.events.publishEvent(new BadgeAwarded(MemberId.of(award.memberId()), badge.code(), badge.name().es(),
				badge.name().en(), award.awardedAt()));
	}

}
