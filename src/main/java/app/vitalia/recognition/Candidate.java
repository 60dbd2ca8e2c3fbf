package app.vitalia.recognition;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.nutrition.FoodMatch;

/**
 * A food the photo may show: the recogniser's label and confidence, the food it maps to,
 * a default amount (one portion, or 100 g) with its energy and macros, and the food's
 * portions to choose from.
 */
public record Candidate(String label, double confidence, UUID foodId, String name, double grams,
		@Nullable String portion, @Nullable Double count, FoodMatch.Macros nutrients,
		List<FoodMatch.PortionOption> portions) {

	static Candidate of(String label, double confidence, FoodMatch food) {
		if (food.portions().isEmpty()) {
			return new Candidate(label, confidence, food.foodId(), food.name(), 100, null, null,
					food.per100g().forGrams(100), food.portions());
		}
		FoodMatch.PortionOption portion = food.portions().get(0);
		return new Candidate(label, confidence, food.foodId(), food.name(), portion.grams(), portion.label(), 1d,
				food.per100g().forGrams(portion.grams()), food.portions());
	}

}
