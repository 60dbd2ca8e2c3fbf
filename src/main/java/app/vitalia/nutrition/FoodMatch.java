package app.vitalia.nutrition;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A catalog food as another module offers it to a member: its name in their language,
 * energy and macros per 100 g (null = not measured), and its household portions.
 */
public record FoodMatch(UUID foodId, String name, Macros per100g, List<PortionOption> portions) {

	/** Energy (kcal) and macros (g) for some amount of food. */
	public record Macros(@Nullable Double kcal, @Nullable Double proteinG, @Nullable Double fatG,
			@Nullable Double carbsG) {

		public Macros forGrams(double grams) {
			return new Macros(scale(this.kcal, grams), scale(this.proteinG, grams), scale(this.fatG, grams),
					scale(this.carbsG, grams));
		}

		private static @Nullable Double scale(@Nullable Double per100g, double grams) {
			return per100g == null ? null : Math.round(per100g * grams / 100d * 10d) / 10d;
		}

	}

	/** A household measure ("1 slice") and its weight. */
	public record PortionOption(String label, double grams) {
	}

}
