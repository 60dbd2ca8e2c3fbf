package app.vitalia.nutrition;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import app.vitalia.identity.CurrentUser;
import app.vitalia.nutrition.Recipes.RecipeRequest;
import app.vitalia.nutrition.Recipes.RecipeView;
import app.vitalia.nutrition.catalog.FoodSource;
import app.vitalia.nutrition.catalog.Language;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in member's recipes; another member's answer 404.
 */
@RestController
@RequestMapping("/api/recipes")
class RecipeController {

	private final Recipes recipes;

	private final FoodCatalog catalog;

	RecipeController(Recipes recipes, FoodCatalog catalog) {
		this.recipes = recipes;
		this.catalog = catalog;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RecipeView create(CurrentUser user, @Valid @RequestBody RecipeRequest request, Language language) {
		return this.recipes.create(user.id(), request, language);
	}

	@GetMapping
	List<RecipeView> list(CurrentUser user, Language language) {
		return this.recipes.list(user.id(), language);
	}

	@GetMapping("/{id}")
	RecipeView find(CurrentUser user, @PathVariable UUID id, Language language) {
		return this.recipes.find(user.id(), id, language);
	}

	@PutMapping("/{id}")
	RecipeView update(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody RecipeRequest request,
			Language language) {
		return this.recipes.update(user.id(), id, request, language);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(CurrentUser user, @PathVariable UUID id) {
		this.catalog.deleteOwn(user.id(), id, FoodSource.RECIPE);
	}

}
