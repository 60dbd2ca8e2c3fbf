package app.vitalia.members;

import org.jspecify.annotations.Nullable;

/**
 * Daily targets: energy in kcal and macros in grams. {@code bmr} and {@code tdee} are
 * null when the profile is incomplete and the member set their own numbers;
 * {@code custom} says whether the member set them.
 */
public record Targets(@Nullable Integer bmr, @Nullable Integer tdee, int calories, int proteinG, int fatG, int carbsG,
		boolean custom) {
}
