package app.vitalia.nutrition;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import app.vitalia.nutrition.catalog.Nutrients;
import app.vitalia.nutrition.catalog.Portion;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.OneLine;

/**
 * What a member says about their own food: names (at least one), group, nutrients per 100
 * g (energy and the three macros required, the rest optional) and portions.
 */
record FoodDescription(@Nullable @Size(max = 300) @OneLine String nameEs,
		@Nullable @Size(max = 300) @OneLine String nameEn, @Nullable @Size(max = 120) @OneLine String foodGroup,
		@NotNull @Valid Per100g per100g, @Nullable @Size(max = 20) List<@Valid @NotNull PortionRequest> portions) {

	record Per100g(@NotNull @DecimalMin("0") @DecimalMax("900") Double kcal,
			@NotNull @DecimalMin("0") @DecimalMax("100") Double proteinG,
			@NotNull @DecimalMin("0") @DecimalMax("100") Double fatG,
			@NotNull @DecimalMin("0") @DecimalMax("100") Double carbsG,
			@Nullable @DecimalMin("0") @DecimalMax("100") Double fiberG,
			@Nullable @DecimalMin("0") @DecimalMax("100") Double sugarsG,
			@Nullable @DecimalMin("0") @DecimalMax("40000") Double sodiumMg) {
	}

	record PortionRequest(@NotBlank @Size(max = 160) @OneLine String label,
			@NotNull @Positive @DecimalMax("5000") Double grams) {
	}

	void applyTo(Food food, Instant now) {
		if (blank(this.nameEs) && blank(this.nameEn)) {
			throw DomainException.invalid("nameEs", "NAME_REQUIRED", "Give the food a name (nameEs or nameEn)");
		}
		Nutrients nutrients = new Nutrients(this.per100g.kcal(), this.per100g.proteinG(), this.per100g.fatG(),
				this.per100g.carbsG(), this.per100g.fiberG(), this.per100g.sugarsG(), this.per100g.sodiumMg(), null,
				null, null, null, null, null);
		List<Portion> portions = this.portions == null ? List.of()
				: this.portions.stream().map(p -> new Portion(p.label().trim(), p.label().trim(), p.grams())).toList();
		food.describe(trimmed(this.nameEs), trimmed(this.nameEn), trimmed(this.foodGroup), nutrients, portions, now);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable String trimmed(@Nullable String text) {
		return blank(text) ? null : text.trim();
	}

}
