package app.vitalia.nutrition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import app.vitalia.nutrition.catalog.FoodSource;
import app.vitalia.nutrition.catalog.FoodView;
import app.vitalia.nutrition.catalog.Language;
import app.vitalia.nutrition.catalog.Nutrients;
import app.vitalia.nutrition.catalog.Portion;
import app.vitalia.nutrition.catalog.SearchText;
import app.vitalia.platform.AssignedIdEntity;

/**
 * A food of the catalog with its nutrients per 100 g and household portions. Imported
 * foods are written in bulk by {@link FoodCatalogWriter}; members' own foods go through
 * this entity.
 */
@Entity
@Table(name = "nutrition_food")
class Food extends AssignedIdEntity {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private FoodSource source;

	@Column(name = "source_id", nullable = false, length = 64)
	private String sourceId;

	@Column(name = "owner_id")
	private @Nullable UUID ownerId;

	@Column(name = "name_en", length = 300)
	private @Nullable String nameEn;

	@Column(name = "name_es", length = 300)
	private @Nullable String nameEs;

	@Column(name = "food_group", length = 120)
	private @Nullable String foodGroup;

	@Column(name = "search_text", nullable = false, length = 1000)
	private String searchText;

	private @Nullable Integer servings;

	@Embedded
	private @Nullable Nutrients nutrients;

	@ElementCollection
	@CollectionTable(name = "nutrition_food_portion", joinColumns = @JoinColumn(name = "food_id"))
	@OrderColumn(name = "seq")
	private List<Portion> portions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "nutrition_recipe_ingredient", joinColumns = @JoinColumn(name = "recipe_id"))
	@OrderColumn(name = "seq")
	private List<Ingredient> ingredients = new ArrayList<>();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Food() {
	}

	private Food(FoodSource source, UUID ownerId, Instant now) {
		this.id = UUID.randomUUID();
		this.source = source;
		this.sourceId = this.id.toString();
		this.ownerId = ownerId;
		this.updatedAt = now;
	}

	static Food custom(UUID ownerId, Instant now) {
		return new Food(FoodSource.CUSTOM, ownerId, now);
	}

	static Food recipe(UUID ownerId, Instant now) {
		return new Food(FoodSource.RECIPE, ownerId, now);
	}

	void describe(@Nullable String nameEs, @Nullable String nameEn, @Nullable String foodGroup, Nutrients per100g,
			List<Portion> portions, Instant now) {
		if (nameEs == null && nameEn == null) {
			throw new IllegalArgumentException("a food needs a name");
		}
		this.nameEs = nameEs;
		this.nameEn = nameEn;
		this.foodGroup = foodGroup;
		this.nutrients = per100g;
		this.portions.clear();
		this.portions.addAll(portions);
		this.searchText = SearchText.of(nameEs, nameEn);
		this.updatedAt = now;
	}

	void serve(int servings) {
		this.servings = servings;
	}

	void useIngredients(List<Ingredient> ingredients) {
		this.ingredients.clear();
		this.ingredients.addAll(ingredients);
	}

	/** Public foods are visible to everyone, private ones only to their owner. */
	boolean visibleTo(UUID accountId) {
		return !this.source.isPrivate() || accountId.equals(this.ownerId);
	}

	boolean ownedBy(UUID accountId) {
		return accountId.equals(this.ownerId);
	}

	String name(Language language) {
		return language.pick(this.nameEs, this.nameEn);
	}

	FoodView view(Language language) {
		return new FoodView(this.id, name(language), this.nameEs, this.nameEn, this.source, this.foodGroup,
				getNutrients(), FoodView.portions(getPortions(), language), this.servings);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	FoodSource getSource() {
		return this.source;
	}

	String getSourceId() {
		return this.sourceId;
	}

	@Nullable String getNameEn() {
		return this.nameEn;
	}

	@Nullable String getNameEs() {
		return this.nameEs;
	}

	@Nullable String getFoodGroup() {
		return this.foodGroup;
	}

	@Nullable Integer getServings() {
		return this.servings;
	}

	Nutrients getNutrients() {
		return this.nutrients == null ? Nutrients.UNKNOWN : this.nutrients;
	}

	List<Portion> getPortions() {
		return List.copyOf(this.portions);
	}

	List<Ingredient> getIngredients() {
		return List.copyOf(this.ingredients);
	}

}
