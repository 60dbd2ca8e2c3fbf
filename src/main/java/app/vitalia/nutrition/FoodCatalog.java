package app.vitalia.nutrition;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import app.vitalia.nutrition.catalog.FoodSearch;
import app.vitalia.nutrition.catalog.FoodSource;
import app.vitalia.nutrition.catalog.FoodView;
import app.vitalia.nutrition.catalog.Language;
import app.vitalia.platform.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog as members use it: finding foods they may see, and keeping their own custom
 * foods. Another member's private food is reported as not found, never as forbidden, so
 * its existence does not leak.
 */
@Service
class FoodCatalog {

	private final FoodRepository foods;

	private final Clock clock;

	private final FoodSearch search;

	FoodCatalog(FoodRepository foods, Clock clock, FoodSearch search) {
		this.foods = foods;
		this.clock = clock;
		this.search = search;
	}

	@Transactional(readOnly = true)
	Food visible(UUID foodId, UUID viewer) {
		return this.foods.findById(foodId)
			.filter(food -> food.visibleTo(viewer))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "FOOD_NOT_FOUND",
					"The food was not found"));
	}

	@Transactional(readOnly = true)
	FoodView view(UUID foodId, UUID viewer, Language language) {
		return visible(foodId, viewer).view(language);
	}

	@Transactional(readOnly = true)
	List<FoodView> customFoods(UUID owner, Language language) {
		return this.foods.findByOwnerIdAndSourceOrderByNameEsAscNameEnAsc(owner, FoodSource.CUSTOM)
			.stream()
			.map(food -> food.view(language))
			.toList();
	}

	@Transactional
	FoodView createCustom(UUID owner, FoodDescription description, Language language) {
		Food food = Food.custom(owner, this.clock.instant());
		description.applyTo(food, this.clock.instant());
		this.search.ownFoodsChanged(owner);
		return this.foods.save(food).view(language);
	}

	@Transactional
	FoodView updateCustom(UUID owner, UUID foodId, FoodDescription description, Language language) {
		Food food = own(owner, foodId, FoodSource.CUSTOM);
		description.applyTo(food, this.clock.instant());
		this.search.ownFoodsChanged(owner);
		return food.view(language);
	}

	@Transactional
	void deleteOwn(UUID owner, UUID foodId, FoodSource source) {
		this.foods.delete(own(owner, foodId, source));
		this.search.ownFoodsChanged(owner);
	}

	Food own(UUID owner, UUID foodId, FoodSource source) {
		return this.foods.findById(foodId)
			.filter(food -> food.ownedBy(owner) && food.getSource() == source)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "FOOD_NOT_FOUND",
					"The food was not found"));
	}

}
