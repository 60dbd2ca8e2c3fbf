package app.vitalia.nutrition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import app.vitalia.nutrition.catalog.FoodSearch;
import app.vitalia.nutrition.undo.DeletedEntries;
import app.vitalia.platform.PersonalData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Nutrition in a person's copy of their data: every diary entry with the food as it was
 * logged, the amount and the nutrients it counted for, and the foods and recipes they
 * made themselves, with their portions and ingredients.
 */
@Component
class NutritionPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	private final FoodSearch search;

	private final DeletedEntries deleted;

	NutritionPersonalData(JdbcTemplate jdbc, FoodSearch search, DeletedEntries deleted) {
		this.jdbc = jdbc;
		this.search = search;
		this.deleted = deleted;
	}

	@Override
	public String part() {
		return "nutrition";
	}

	@Override
	public Object of(UUID accountId) {
		Map<String, Object> nutrition = new LinkedHashMap<>();
		nutrition.put("diary",
				PersonalData.rows(this.jdbc,
						"select id, entry_date, meal, food_id, coalesce(food_name_en, food_name) as food_name_en,"
								+ " coalesce(food_name_es, food_name) as food_name_es, grams, portion_quantity,"
								+ " portion_label_en, portion_label_es, portion_grams, kcal, protein_g, fat_g, carbs_g,"
								+ " fiber_g, sugars_g, sodium_mg, source, created_at from nutrition_diary_entry"
								+ " where account_id = ? order by entry_date, created_at",
						accountId));
		nutrition.put("ownFoods", PersonalData.rows(this.jdbc,
				"select id, source as kind, name_en, name_es, food_group, servings, kcal, protein_g, fat_g, carbs_g,"
						+ " fiber_g, sugars_g, sodium_mg, saturated_fat_g, cholesterol_mg, potassium_mg, calcium_mg,"
						+ " iron_mg, vitamin_c_mg, updated_at from nutrition_food where owner_id = ? order by updated_at",
				accountId));
		nutrition.put("ownFoodPortions", PersonalData.rows(this.jdbc,
				"select p.food_id, p.label_en, p.label_es, p.grams from nutrition_food_portion p"
						+ " join nutrition_food f on f.id = p.food_id where f.owner_id = ? order by p.food_id, p.seq",
				accountId));
		nutrition.put("recipeIngredients", PersonalData.rows(this.jdbc,
				"select i.recipe_id, i.food_id, f.name_en as food_name_en, f.name_es as food_name_es, i.grams"
						+ " from nutrition_recipe_ingredient i join nutrition_food r on r.id = i.recipe_id"
						+ " left join nutrition_food f on f.id = i.food_id where r.owner_id = ? order by i.recipe_id, i.seq",
				accountId));
		return nutrition;
	}

	/**
	 * The diary (with the entries kept for Undo) and the member's own foods and recipes
	 * (their portions and ingredients go with them), and the log of foods waiting to
	 * reach the other modules.
	 */
	@Override
	public void erase(UUID accountId, String email) {
		this.jdbc.update("delete from nutrition_food_logged where member_id = ?", accountId);
		// kept entries first: an Undo in flight holds its row, so it puts the entry
		// back before the diary's delete below, or it finds nothing
		this.deleted.forget(accountId);
		this.jdbc.update("delete from nutrition_diary_entry where account_id = ?", accountId);
		this.jdbc.update("delete from nutrition_food where owner_id = ?", accountId);
		this.search.ownFoodsChanged(accountId);
	}

}
