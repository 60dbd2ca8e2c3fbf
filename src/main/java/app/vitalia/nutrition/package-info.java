/**
 * Nutrition: the food catalog (built-in starter foods, USDA SR28 and FoodData Central
 * imports, members' custom foods and recipes, search, the FoodData Central API as a
 * fallback) and the members' food diary with daily totals, trends and exports. API:
 * {@link app.vitalia.nutrition.NutritionDiary} (finding a food for a name, writing
 * several entries at once, daily totals) with its records, and the event
 * {@link app.vitalia.nutrition.FoodsLogged}: batches of
 * {@link app.vitalia.nutrition.FoodLogged} with their {@link app.vitalia.nutrition.Meal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nutrition",
		allowedDependencies = { "members", "identity", "platform" })
@org.jspecify.annotations.NullMarked
package app.vitalia.nutrition;
