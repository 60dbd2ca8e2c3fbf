package app.vitalia.members;

/**
 * Energy and macro targets from body facts: BMR by Mifflin–St Jeor, TDEE by activity
 * factor, a moderate deficit or surplus for the goal, and a protein-first macro split.
 */
final class TargetCalculator {

	static final int DEFICIT_KCAL = 500;

	static final int SURPLUS_KCAL = 300;

	static final int MIN_KCAL_FEMALE = 1200;

	static final int MIN_KCAL_MALE = 1500;

	static final double FAT_SHARE = 0.30;

	private TargetCalculator() {
	}

	record Body(Sex sex, int ageYears, double heightCm, double weightKg, ActivityLevel activity, Goal goal) {
	}

	static double bmr(Sex sex, int ageYears, double heightCm, double weightKg) {
		double base = 10 * weightKg + 6.25 * heightCm - 5 * ageYears;
		return sex == Sex.MALE ? base + 5 : base - 161;
	}

	static Targets calculate(Body body) {
		double bmr = bmr(body.sex(), body.ageYears(), body.heightCm(), body.weightKg());
		double tdee = bmr * body.activity().factor();
		double calories = switch (body.goal()) {
			case MAINTAIN -> tdee;
			case GAIN -> tdee + SURPLUS_KCAL;
			// a deficit, but never below the resting need or the usual safe minimum
			case LOSE ->
				Math.max(tdee - DEFICIT_KCAL, Math.max(bmr, body.sex() == Sex.MALE ? MIN_KCAL_MALE : MIN_KCAL_FEMALE));
		};
		long kcal = Math.round(calories);
		double proteinPerKg = body.goal() == Goal.LOSE ? 1.6 : 1.4;
		long protein = Math.round(body.weightKg() * proteinPerKg);
		long fat = Math.round(kcal * FAT_SHARE / 9);
		long carbs = Math.max(0, Math.round((kcal - protein * 4 - fat * 9) / 4.0));
		return new Targets((int) Math.round(bmr), (int) Math.round(tdee), (int) kcal, (int) protein, (int) fat,
				(int) carbs, false);
	}

}
