package app.vitalia.gamification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.vitalia.gamification.rules.Condition;
import app.vitalia.gamification.rules.Rule;
import app.vitalia.gamification.rules.RuleStore;
import app.vitalia.gamification.rules.Text;
import app.vitalia.gamification.rules.Trigger;
import app.vitalia.gamification.scoring.Award;
import app.vitalia.gamification.scoring.Evaluation;
import app.vitalia.gamification.scoring.LoggedAction;
import app.vitalia.gamification.scoring.MemberScore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live evaluation reads a member's earlier actions from the log summed up (how many, on
 * which days, and when, within a rule's window) instead of row by row, and of the earlier
 * awards only those the rules can depend on: batch after batch, it awards exactly what
 * one pass over every action in log order awards.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(properties = "jobrunr.background-job-server.enabled=false")
class LiveEvaluationTests {

	/** Rules valid only in 2001: no other test's actions fall in it. */
	static final Instant FROM = Instant.parse("2001-01-01T00:00:00Z");

	static final Instant TO = Instant.parse("2002-01-01T00:00:00Z");

	@Autowired
	Evaluation evaluation;

	@Autowired
	RuleStore rules;

	final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	final UUID member = UUID.randomUUID();

	List<Rule> created = new ArrayList<>();

	@BeforeEach
	void rulesOfEveryKindThatLookBack() {
		rule("FIRST", Condition.firstTime());
		rule("FIFTH", Condition.count(5, null));
		rule("THREE_IN_10_DAYS", Condition.count(3, 10));
		rule("TWO_IN_3_DAYS", Condition.count(2, 3));
		rule("STREAK_3", Condition.streak(3));
		rule("EACH", Condition.each());
		this.created.forEach(this.rules::create);
	}

	@AfterEach
	void removeRules() {
		this.created.forEach(rule -> this.rules.deleteRule(rule.code()));
	}

	@Test
	void batchAfterBatchAwardsWhatOnePassOverTheLogAwards() {
		// days of 2001 in five batches, each looking back at the earlier ones: two days
		// in a
		// row, a gap, three in a row across batches, a late action logged after a later
		// day
		int[][] batches = { { 10, 11 }, { 20 }, { 22, 23 }, { 24, 40, 41 }, { 42, 39, 60 } };
		List<Award> live = new ArrayList<>();
		List<LoggedAction> logged = new ArrayList<>();
		int n = 0;
		for (int[] batch : batches) {
			List<Evaluation.NewAction> actions = new ArrayList<>();
			for (int day : batch) {
				LocalDate date = LocalDate.ofYearDay(2001, day);
				Instant at = LocalDateTime.of(date, LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC);
				String source = "live-" + this.tag + "-" + (++n);
				actions
					.add(new Evaluation.NewAction(source, this.member, Trigger.APPOINTMENT_COMPLETED, at, date, "{}"));
				logged.add(new LoggedAction(n, source, this.member, Trigger.APPOINTMENT_COMPLETED, at, date));
			}
			live.addAll(this.evaluation.recordAll(actions));
		}

		MemberScore onePass = new MemberScore(this.member, this.created);
		List<Award> expected = new ArrayList<>();
		logged.forEach(action -> expected.addAll(onePass.apply(action)));

		assertThat(live).extracting(award -> award.ruleCode() + "@" + award.occurrence())
			.containsExactlyInAnyOrderElementsOf(
					expected.stream().map(award -> award.ruleCode() + "@" + award.occurrence()).toList());
		// every kind of rule awarded something, so each was read back from the log
		assertThat(live).extracting(Award::ruleCode)
			.contains(code("FIRST"), code("FIFTH"), code("THREE_IN_10_DAYS"), code("TWO_IN_3_DAYS"), code("STREAK_3"),
					code("EACH"));
	}

	private void rule(String name, Condition condition) {
		this.created.add(new Rule(code(name), new Text(name, name), Trigger.APPOINTMENT_COMPLETED, condition, 1, null,
				true, FROM, TO));
	}

	private String code(String name) {
		return "LIVE_" + this.tag + "_" + name;
	}

}
