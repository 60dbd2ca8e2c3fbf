package app.vitalia.nutrition;

import java.io.Serializable;
import java.util.function.BinaryOperator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import app.vitalia.nutrition.catalog.Nutrients;

/**
 * What a diary entry (or a day) adds up to: energy, macros, fiber, sugars and sodium.
 * Totals sum the known values; a value is null only when nothing logged had it.
 */
@Embeddable
record Intake(@Column(name = "kcal") @Nullable Double kcal, @Column(name = "protein_g") @Nullable Double proteinG,
		@Column(name = "fat_g") @Nullable Double fatG, @Column(name = "carbs_g") @Nullable Double carbsG,
		@Column(name = "fiber_g") @Nullable Double fiberG, @Column(name = "sugars_g") @Nullable Double sugarsG,
		@Column(name = "sodium_mg") @Nullable Double sodiumMg) implements Serializable {

	static final Intake NOTHING = new Intake(null, null, null, null, null, null, null);

	static Intake of(Nutrients nutrients) {
		return new Intake(nutrients.kcal(), nutrients.proteinG(), nutrients.fatG(), nutrients.carbsG(),
				nutrients.fiberG(), nutrients.sugarsG(), nutrients.sodiumMg());
	}

	Intake plus(Intake other) {
		BinaryOperator<Double> add = (a, b) -> a == null ? b : (b == null ? a : Double.valueOf(Nutrients.round(a + b)));
		return new Intake(add.apply(this.kcal, other.kcal), add.apply(this.proteinG, other.proteinG),
				add.apply(this.fatG, other.fatG), add.apply(this.carbsG, other.carbsG),
				add.apply(this.fiberG, other.fiberG), add.apply(this.sugarsG, other.sugarsG),
				add.apply(this.sodiumMg, other.sodiumMg));
	}

	Intake times(double factor) {
		return new Intake(scale(this.kcal, factor), scale(this.proteinG, factor), scale(this.fatG, factor),
				scale(this.carbsG, factor), scale(this.fiberG, factor), scale(this.sugarsG, factor),
				scale(this.sodiumMg, factor));
	}

	private static @Nullable Double scale(@Nullable Double value, double factor) {
		return value == null ? null : Nutrients.round(value * factor);
	}

}
