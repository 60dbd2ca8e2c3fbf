package app.vitalia.nutrition;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import app.vitalia.identity.CurrentUser;
import app.vitalia.nutrition.catalog.FoodLanguageArgumentResolver;
import app.vitalia.nutrition.catalog.FoodPage;
import app.vitalia.nutrition.catalog.FoodSearch;
import app.vitalia.nutrition.catalog.FoodSource;
import app.vitalia.nutrition.catalog.FoodView;
import app.vitalia.nutrition.catalog.Language;
import app.vitalia.nutrition.remote.RemoteFoods;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.PageNumber;
import app.vitalia.platform.PageSize;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Food search and lookup, and the member's own custom foods. Names follow {@code lang},
 * else the account's language, else {@code Accept-Language} (see
 * {@link FoodLanguageArgumentResolver}). With {@code remote=true}, or when nothing local
 * matches, FoodData Central completes the results and {@code remote} in the page says
 * whether it was used, unavailable or disabled.
 */
@Tag(name = "Foods", description = "The food catalog and the member's own foods")
@RestController
@RequestMapping("/api/foods")
class FoodController {

	static final int MAX_PAGE_SIZE = 50;

	static final int MAX_QUERY_LENGTH = 100;

	private final FoodSearch search;

	private final FoodCatalog catalog;

	private final RemoteFoods remote;

	FoodController(FoodSearch search, FoodCatalog catalog, RemoteFoods remote) {
		this.search = search;
		this.catalog = catalog;
		this.remote = remote;
	}

	@Operation(summary = "Search the food catalog (typo-tolerant, Spanish and English)")
	@GetMapping
	FoodPage search(CurrentUser user, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize int size, @RequestParam(defaultValue = "false") boolean remote,
			Language language) {
		if (q.length() > MAX_QUERY_LENGTH) {
			throw DomainException.invalid("q", "QUERY_TOO_LONG", "The query is limited to 100 characters");
		}
		FoodPage local = this.search.search(q, user.id(), language, page, Math.min(size, MAX_PAGE_SIZE));
		// FoodData Central is asked on request, or when the local catalog has nothing
		boolean askRemote = !q.isBlank() && (remote || local.totalElements() == 0);
		return askRemote ? this.remote.complete(local, q, user.id(), language) : local;
	}

	@Operation(summary = "One food with nutrients per 100 g and portions")
	@GetMapping("/{id}")
	FoodView food(CurrentUser user, @PathVariable UUID id, Language language) {
		return this.catalog.view(id, user.id(), language);
	}

	@Operation(summary = "The member's own foods")
	@GetMapping("/custom")
	List<FoodView> customFoods(CurrentUser user, Language language) {
		return this.catalog.customFoods(user.id(), language);
	}

	@Operation(summary = "Create a food of the member's own")
	@PostMapping("/custom")
	@ResponseStatus(HttpStatus.CREATED)
	FoodView createCustom(CurrentUser user, @Valid @RequestBody FoodDescription description, Language language) {
		return this.catalog.createCustom(user.id(), description, language);
	}

	@Operation(summary = "Replace a food of the member's own")
	@PutMapping("/custom/{id}")
	FoodView updateCustom(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody FoodDescription description,
			Language language) {
		return this.catalog.updateCustom(user.id(), id, description, language);
	}

	@Operation(summary = "Delete a food of the member's own")
	@DeleteMapping("/custom/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteCustom(CurrentUser user, @PathVariable UUID id) {
		this.catalog.deleteOwn(user.id(), id, FoodSource.CUSTOM);
	}

}
