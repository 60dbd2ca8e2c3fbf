package app.vitalia.nutrition.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A food as the API shows it: the name in the caller's language, nutrients per 100 g
 * (null = not measured) and household portions.
 */
public record FoodView(UUID id, String name, @Nullable String nameEs, @Nullable String nameEn, FoodSource source,
		@Nullable String foodGroup, Nutrients per100g, List<PortionView> portions,
		@Nullable Integer servings) implements Serializable {

	public record PortionView(String label, double grams) implements Serializable {
	}

	public static List<PortionView> portions(List<Portion> portions, Language language) {
		return portions.stream().map(portion -> new PortionView(portion.label(language), portion.grams())).toList();
	}

}
