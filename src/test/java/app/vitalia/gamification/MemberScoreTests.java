package app.vitalia.gamification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.vitalia.gamification.rules.Condition;
import app.vitalia.gamification.rules.Rule;
import app.vitalia.gamification.rules.Text;
import app.vitalia.gamification.rules.Trigger;
import app.vitalia.gamification.scoring.Award;
import app.vitalia.gamification.scoring.LoggedAction;
import app.vitalia.gamification.scoring.MemberScore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MemberScoreTests {

	static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	final UUID member = UUID.randomUUID();

	long seq;

	static Rule rule(String code, Trigger trigger, Condition condition, int points) {
		return new Rule(code, new Text(code, code), trigger, condition, points, null, true, null, null);
	}

	/** An action at a local time of the member's day in Madrid. */
	LoggedAction at(Trigger type, LocalDate day, LocalTime time) {
		Instant instant = day.atTime(time).atZone(MADRID).toInstant();
		this.seq++;
		return new LoggedAction(this.seq, type + ":" + this.seq, this.member, type, instant,
				instant.atZone(MADRID).toLocalDate());
	}

	List<Award> applyAll(MemberScore score, List<LoggedAction> actions) {
		List<Award> awards = new ArrayList<>();
		actions.forEach(action -> awards.addAll(score.apply(action)));
		return awards;
	}

	@Test
	void firstTimeAwardsOnlyTheFirstAction() {
		MemberScore score = new MemberScore(this.member,
				List.of(rule("FIRST_LOGIN", Trigger.LOGGED_IN, Condition.firstTime(), 10)));
		LocalDate day = LocalDate.of(2026, 3, 1);
		List<Award> awards = applyAll(score, List.of(at(Trigger.LOGGED_IN, day, LocalTime.NOON),
				at(Trigger.LOGGED_IN, day.plusDays(1), LocalTime.NOON)));
		assertThat(awards).extracting(Award::occurrence).containsExactly("first");
		assertThat(score.points()).isEqualTo(10);
	}

	@Test
	void eachAwardsEveryActionOnceEvenWhenRedelivered() {
		MemberScore score = new MemberScore(this.member,
				List.of(rule("REFERRAL", Trigger.REFERRAL_ACCEPTED, Condition.each(), 75)));
		LoggedAction one = at(Trigger.REFERRAL_ACCEPTED, LocalDate.of(2026, 3, 1), LocalTime.NOON);
		assertThat(score.apply(one)).hasSize(1);
		assertThat(score.apply(one)).isEmpty();
		assertThat(score.apply(at(Trigger.REFERRAL_ACCEPTED, LocalDate.of(2026, 3, 2), LocalTime.NOON))).hasSize(1);
		assertThat(score.points()).isEqualTo(150);
	}

	@Test
	void countWithinDaysAwardsOncePerWindow() {
		MemberScore score = new MemberScore(this.member,
				List.of(rule("THREE_VISITS", Trigger.APPOINTMENT_COMPLETED, Condition.count(3, 30), 20)));
		LocalDate day = LocalDate.of(2026, 1, 1);
		List<Award> awards = applyAll(score,
				List.of(at(Trigger.APPOINTMENT_COMPLETED, day, LocalTime.NOON),
						at(Trigger.APPOINTMENT_COMPLETED, day.plusDays(40), LocalTime.NOON),
						at(Trigger.APPOINTMENT_COMPLETED, day.plusDays(45), LocalTime.NOON),
						at(Trigger.APPOINTMENT_COMPLETED, day.plusDays(50), LocalTime.NOON),
						at(Trigger.APPOINTMENT_COMPLETED, day.plusDays(52), LocalTime.NOON)));
		// the first is outside the 30 days of the others; the fifth is within the awarded
		// window
		assertThat(awards).hasSize(1);
		assertThat(awards.get(0).eventSeq()).isEqualTo(4);
	}

	@Test
	void sevenLocalDaysInARowAcrossTheSpringDstChangeMakeAStreak() {
		MemberScore score = new MemberScore(this.member,
				List.of(rule("FOOD_STREAK_7", Trigger.FOOD_LOGGED, Condition.streak(7), 100)));
		List<LoggedAction> actions = new ArrayList<>();
		// Madrid moves to summer time on 29 March 2026; 00:30 local is the previous UTC
		// day
		for (LocalDate day = LocalDate.of(2026, 3, 25); day.isBefore(LocalDate.of(2026, 4, 1)); day = day.plusDays(1)) {
			actions.add(at(Trigger.FOOD_LOGGED, day, LocalTime.of(0, 30)));
			actions.add(at(Trigger.FOOD_LOGGED, day, LocalTime.of(23, 30)));
		}
		List<Award> awards = applyAll(score, actions);
		assertThat(awards).extracting(Award::occurrence).containsExactly("2026-03-25/1");
		assertThat(score.streak(Trigger.FOOD_LOGGED).longest()).isEqualTo(7);
	}

	@Test
	void aBrokenStreakStartsOverAndALongerOneAwardsEachFullWeek() {
		MemberScore score = new MemberScore(this.member,
				List.of(rule("FOOD_STREAK_7", Trigger.FOOD_LOGGED, Condition.streak(7), 100)));
		List<LoggedAction> actions = new ArrayList<>();
		LocalDate start = LocalDate.of(2026, 5, 1);
		for (int i = 0; i < 6; i++) {
			actions.add(at(Trigger.FOOD_LOGGED, start.plusDays(i), LocalTime.NOON));
		}
		LocalDate again = start.plusDays(7);
		for (int i = 0; i < 14; i++) {
			actions.add(at(Trigger.FOOD_LOGGED, again.plusDays(i), LocalTime.NOON));
		}
		assertThat(applyAll(score, actions)).extracting(Award::occurrence).containsExactly(again + "/1", again + "/2");
		assertThat(score.streak(Trigger.FOOD_LOGGED).current()).isEqualTo(14);
		assertThat(score.streak(Trigger.FOOD_LOGGED).currentOn(again.plusDays(14))).isEqualTo(14);
		assertThat(score.streak(Trigger.FOOD_LOGGED).currentOn(again.plusDays(15))).isZero();
	}

	@Test
	void aRuleOutsideItsValidityAwardsNothing() {
		LocalDate day = LocalDate.of(2026, 6, 1);
		Instant from = day.plusDays(1).atStartOfDay(MADRID).toInstant();
		Rule limited = new Rule("JUNE", new Text("j", "j"), Trigger.LOGGED_IN, Condition.each(), 5, null, true, from,
				null);
		MemberScore score = new MemberScore(this.member, List.of(limited));
		assertThat(score.apply(at(Trigger.LOGGED_IN, day, LocalTime.NOON))).isEmpty();
		assertThat(score.apply(at(Trigger.LOGGED_IN, day.plusDays(1), LocalTime.NOON))).hasSize(1);
	}

}
