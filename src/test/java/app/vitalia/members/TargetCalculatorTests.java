package app.vitalia.members;

import app.vitalia.members.TargetCalculator.Body;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TargetCalculatorTests {

	@Test
	void bmrFollowsMifflinStJeor() {
		// 10 × 70 + 6.25 × 175 − 5 × 30 + 5
		assertThat(TargetCalculator.bmr(Sex.MALE, 30, 175, 70)).isCloseTo(1648.75, within(1e-9));
		// 10 × 60 + 6.25 × 165 − 5 × 36 − 161
		assertThat(TargetCalculator.bmr(Sex.FEMALE, 36, 165, 60)).isCloseTo(1290.25, within(1e-9));
	}

	@ParameterizedTest
	@CsvSource({ "SEDENTARY, 1979", "LIGHT, 2267", "MODERATE, 2556", "ACTIVE, 2844", "VERY_ACTIVE, 3133" })
	void tdeeMultipliesBmrByTheActivityFactor(ActivityLevel activity, int expectedTdee) {
		Targets targets = TargetCalculator.calculate(new Body(Sex.MALE, 30, 175, 70, activity, Goal.MAINTAIN));
		assertThat(targets.bmr()).isEqualTo(1649);
		assertThat(targets.tdee()).isEqualTo(expectedTdee);
		assertThat(targets.calories()).isEqualTo(expectedTdee);
	}

	@Test
	void losingWeightMeansAModerateDeficit() {
		Targets targets = TargetCalculator
			.calculate(new Body(Sex.MALE, 30, 175, 70, ActivityLevel.MODERATE, Goal.LOSE));
		assertThat(targets.calories()).isEqualTo(2556 - 500);
	}

	@Test
	void theDeficitNeverGoesBelowTheSafeMinimum() {
		// a small sedentary woman: TDEE − 500 would be about 1,040 kcal
		Targets targets = TargetCalculator
			.calculate(new Body(Sex.FEMALE, 70, 150, 45, ActivityLevel.SEDENTARY, Goal.LOSE));
		assertThat(targets.calories()).isEqualTo(TargetCalculator.MIN_KCAL_FEMALE);
	}

	@Test
	void gainingWeightMeansASmallSurplus() {
		Targets targets = TargetCalculator
			.calculate(new Body(Sex.FEMALE, 25, 170, 58, ActivityLevel.ACTIVE, Goal.GAIN));
		assertThat(targets.calories()).isEqualTo(targets.tdee() + 300);
	}

	@Test
	void macrosAddUpToTheCalories() {
		Targets targets = TargetCalculator.calculate(new Body(Sex.MALE, 40, 180, 85, ActivityLevel.LIGHT, Goal.LOSE));
		assertThat(targets.proteinG()).isEqualTo(Math.round(85 * 1.6));
		assertThat(targets.fatG()).isEqualTo(Math.round(targets.calories() * 0.30 / 9));
		int fromMacros = targets.proteinG() * 4 + targets.carbsG() * 4 + targets.fatG() * 9;
		assertThat(fromMacros).isCloseTo(targets.calories(), within(6));
	}

}
