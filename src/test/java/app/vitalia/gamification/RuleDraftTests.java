package app.vitalia.gamification;

import app.vitalia.gamification.rules.Condition;
import app.vitalia.gamification.rules.RuleDraft;
import app.vitalia.gamification.rules.Text;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RuleDraftTests {

	static RuleDraft draft(String trigger, RuleDraft.ConditionDraft condition, int points) {
		return new RuleDraft("DAILY", new Text("Diario", "Daily"), trigger, condition, points, null, true, null, null);
	}

	static DomainException refused(RuleDraft draft) {
		return catchThrowableOfType(DomainException.class, draft::toRule);
	}

	@Test
	void aValidStreakRuleBecomesARule() {
		assertThat(draft("FOOD_LOGGED", new RuleDraft.ConditionDraft("STREAK", null, null, 30), 5).toRule().condition())
			.isEqualTo(Condition.streak(30));
	}

	@Test
	void unknownTriggersNegativePointsAndLongStreaksAreRefusedTogether() {
		DomainException refused = refused(
				draft("SOMETHING", new RuleDraft.ConditionDraft("STREAK", null, null, 366), -1));
		assertThat(refused.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
		assertThat(refused.violations()).extracting(Violation::code)
			.containsExactlyInAnyOrder("UNKNOWN_TRIGGER", "OUT_OF_RANGE", "NEGATIVE_POINTS");
	}

	@Test
	void aStreakOfZeroDaysAndAnUnknownConditionAreRefused() {
		assertThat(refused(draft("FOOD_LOGGED", new RuleDraft.ConditionDraft("STREAK", null, null, 0), 1)).violations())
			.extracting(Violation::field)
			.containsExactly("condition.days");
		assertThat(
				refused(draft("FOOD_LOGGED", new RuleDraft.ConditionDraft("SCRIPT", null, null, null), 1)).violations())
			.extracting(Violation::code)
			.containsExactly("UNKNOWN_CONDITION");
	}

}
