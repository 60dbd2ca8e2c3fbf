package app.vitalia.nutrition;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import app.vitalia.nutrition.catalog.FoodSearch;
import app.vitalia.nutrition.catalog.FoodSource;
import app.vitalia.nutrition.catalog.FoodView;
import app.vitalia.nutrition.catalog.Language;
import app.vitalia.nutrition.catalog.Nutrients;
import app.vitalia.nutrition.catalog.Portion;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.OneLine;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' recipes: catalog foods of source {@code RECIPE} whose nutrients per 100 g are
 * computed from their ingredients, with one portion per serving. A nutrient some
 * ingredient lacks is unknown for the whole recipe (null), never undercounted.
 */
@Service
class Recipes {

	private final FoodRepository foods;

	private final FoodCatalog catalog;

	private final Clock clock;

	private final FoodSearch search;

	Recipes(FoodRepository foods, FoodCatalog catalog, Clock clock, FoodSearch search) {
		this.foods = foods;
		this.catalog = catalog;
		this.clock = clock;
		this.search = search;
	}

	record RecipeRequest(@Nullable @Size(max = 300) @OneLine String nameEs,
			@Nullable @Size(max = 300) @OneLine String nameEn, @NotNull @Min(1) @Max(100) Integer servings,
			@NotEmpty @Size(max = 50) List<@Valid @NotNull IngredientRequest> ingredients) {
	}

	record IngredientRequest(@NotNull UUID foodId, @NotNull @Positive @DecimalMax("10000") Double grams) {
	}

	record IngredientView(UUID foodId, String name, double grams) {
	}

	record RecipeView(UUID id, String name, @Nullable String nameEs, @Nullable String nameEn, int servings,
			double totalGrams, List<IngredientView> ingredients, Nutrients perServing, Nutrients per100g,
			List<FoodView.PortionView> portions) {
	}

	@Transactional
	RecipeView create(UUID owner, RecipeRequest request, Language language) {
		Food recipe = Food.recipe(owner, this.clock.instant());
		describe(recipe, owner, request);
		return view(this.foods.save(recipe), owner, language);
	}

	@Transactional
	RecipeView update(UUID owner, UUID id, RecipeRequest request, Language language) {
		Food recipe = this.catalog.own(owner, id, FoodSource.RECIPE);
		describe(recipe, owner, request);
		return view(recipe, owner, language);
	}

	@Transactional(readOnly = true)
	RecipeView find(UUID owner, UUID id, Language language) {
		return view(this.catalog.own(owner, id, FoodSource.RECIPE), owner, language);
	}

	@Transactional(readOnly = true)
	List<RecipeView> list(UUID owner, Language language) {
		return this.foods.findByOwnerIdAndSourceOrderByNameEsAscNameEnAsc(owner, FoodSource.RECIPE)
			.stream()
			.map(recipe -> view(recipe, owner, language))
			.toList();
	}

	private void describe(Food recipe, UUID owner, RecipeRequest request) {
		this.search.ownFoodsChanged(owner);
		if (blank(request.nameEs()) && blank(request.nameEn())) {
			throw DomainException.invalid("nameEs", "NAME_REQUIRED", "Give the recipe a name (nameEs or nameEn)");
		}
		Nutrients total = Nutrients.ZERO;
		double totalGrams = 0;
		List<Ingredient> ingredients = new ArrayList<>();
		for (int i = 0; i < request.ingredients().size(); i++) {
			IngredientRequest wanted = request.ingredients().get(i);
			Food food = ingredient(wanted.foodId(), owner, i);
			total = total.plus(food.getNutrients().forGrams(wanted.grams()));
			totalGrams += wanted.grams();
			ingredients.add(new Ingredient(food.getId(), wanted.grams()));
		}
		double servingGrams = Nutrients.round(totalGrams / request.servings());
		// forGrams(g) scales by g / 100: this brings the whole recipe down to 100 g
		Nutrients per100g = total.forGrams(100d * 100d / totalGrams);
		recipe.describe(trimmed(request.nameEs()), trimmed(request.nameEn()), "Recipes", per100g,
				List.of(new Portion("1 serving", "1 ración", servingGrams)), this.clock.instant());
		recipe.serve(request.servings());
		recipe.useIngredients(ingredients);
	}

	private Food ingredient(UUID foodId, UUID owner, int index) {
		try {
			Food food = this.catalog.visible(foodId, owner);
			if (food.getSource() == FoodSource.RECIPE) {
				throw DomainException.invalid("ingredients[" + index + "].foodId", "RECIPE_IN_RECIPE",
						"A recipe cannot be an ingredient");
			}
			return food;
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw DomainException.invalid("ingredients[" + index + "].foodId", "FOOD_NOT_FOUND",
						"The food was not found");
			}
			throw ex;
		}
	}

	private RecipeView view(Food recipe, UUID owner, Language language) {
		List<IngredientView> ingredients = new ArrayList<>();
		double totalGrams = 0;
		for (Ingredient ingredient : recipe.getIngredients()) {
			String name = this.foods.findById(ingredient.foodId())
				.filter(food -> food.visibleTo(owner))
				.map(food -> food.name(language))
				.orElse("?");
			ingredients.add(new IngredientView(ingredient.foodId(), name, ingredient.grams()));
			totalGrams += ingredient.grams();
		}
		int servings = recipe.getServings() == null ? 1 : recipe.getServings();
		Nutrients per100g = recipe.getNutrients();
		return new RecipeView(recipe.getId(), recipe.name(language), recipe.getNameEs(), recipe.getNameEn(), servings,
				Nutrients.round(totalGrams), ingredients, per100g.forGrams(totalGrams / servings), per100g,
				FoodView.portions(recipe.getPortions(), language));
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable String trimmed(@Nullable String text) {
		return blank(text) ? null : text.trim();
	}

}
