package app.vitalia.nutrition;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An amount of a catalog food in a recipe.
 */
@Embeddable
record Ingredient(@Column(name = "food_id") UUID foodId, double grams) {
}
