package app.vitalia.recognition;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.vitalia.nutrition.FoodMatch;
import app.vitalia.nutrition.NutritionDiary;
import app.vitalia.recognition.recognizer.Label;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Labels to foods. Keeps food labels (category "Food and Beverage" or parent "Food"),
 * drops the generic ones, and maps each to the food members chose most often for it, else
 * the catalog's best match (FoodData Central when the catalog has none). Learns from the
 * members' replacements.
 */
@Component
class LabelFoods {

	static final int MAX_CANDIDATES = 8;

	/** Labels that say "food" without saying which. */
	static final Set<String> GENERIC = Set.of("food", "meal", "dish", "plant", "produce", "lunch", "dinner",
			"breakfast", "brunch", "supper", "snack", "beverage", "drink", "cuisine", "platter", "plate", "bowl",
			"tableware", "cutlery", "fork", "spoon", "knife", "dessert", "vegetable", "fruit", "food and beverage",
			"dining table", "table", "sweets", "confectionery", "baked goods", "seasoning", "herbs");

	private final NutritionDiary nutrition;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	LabelFoods(NutritionDiary nutrition, JdbcTemplate jdbc, Clock clock) {
		this.nutrition = nutrition;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static boolean isFood(Label label) {
		boolean food = label.categories().stream().anyMatch("Food and Beverage"::equalsIgnoreCase)
				|| label.parents().stream().anyMatch("Food"::equalsIgnoreCase);
		return food && !GENERIC.contains(key(label.name()));
	}

	List<Candidate> candidates(List<Label> labels, UUID memberId, Locale locale) {
		Map<String, Label> best = new LinkedHashMap<>();
		labels.stream()
			.filter(LabelFoods::isFood)
			.sorted((a, b) -> Double.compare(b.confidence(), a.confidence()))
			.forEach(label -> best.putIfAbsent(key(label.name()), label));
		List<Candidate> candidates = new ArrayList<>();
		Set<UUID> foods = new java.util.HashSet<>();
		for (Label label : best.values()) {
			if (candidates.size() == MAX_CANDIDATES) {
				break;
			}
			food(label.name(), memberId, locale).filter(food -> foods.add(food.foodId()))
				.ifPresent(food -> candidates.add(Candidate.of(label.name(), round(label.confidence()), food)));
		}
		return candidates;
	}

	private Optional<FoodMatch> food(String label, UUID memberId, Locale locale) {
		for (UUID learnt : this.jdbc.queryForList(
				"select food_id from recognition_label_food where label = ? order by picks desc, updated_at desc limit 3",
				UUID.class, key(label))) {
			Optional<FoodMatch> food = this.nutrition.food(learnt, memberId, locale);
			if (food.isPresent()) {
				return food;
			}
		}
		return this.nutrition.findFood(label, memberId, locale);
	}

	/** A member chose {@code foodId} for a label: it ranks higher for it next time. */
	void learn(String label, UUID foodId) {
		Timestamp now = Timestamp.from(this.clock.instant());
		if (this.jdbc.update("update recognition_label_food set picks = picks + 1, updated_at = ? "
				+ "where label = ? and food_id = ?", now, key(label), foodId) == 0) {
			this.jdbc.update("insert into recognition_label_food (label, food_id, picks, updated_at) "
					+ "values (?, ?, 1, ?) on conflict do nothing", key(label), foodId, now);
		}
	}

	static String key(String label) {
		String key = label.trim().toLowerCase(Locale.ROOT);
		return key.length() > 120 ? key.substring(0, 120) : key;
	}

	private static double round(double confidence) {
		return Math.round(confidence * 10d) / 10d;
	}

}
