package app.vitalia.nutrition.catalog;

import java.io.Serializable;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * Nutrient amounts for some quantity of food (per 100 g in the catalog, per portion in
 * the diary). A null amount was not measured: it stays null through scaling and sums, so
 * an unknown is never shown as zero.
 */
@Embeddable
public record Nutrients(@Column(name = "kcal") @Nullable Double kcal,
		@Column(name = "protein_g") @Nullable Double proteinG, @Column(name = "fat_g") @Nullable Double fatG,
		@Column(name = "carbs_g") @Nullable Double carbsG, @Column(name = "fiber_g") @Nullable Double fiberG,
		@Column(name = "sugars_g") @Nullable Double sugarsG, @Column(name = "sodium_mg") @Nullable Double sodiumMg,
		@Column(name = "saturated_fat_g") @Nullable Double saturatedFatG,
		@Column(name = "cholesterol_mg") @Nullable Double cholesterolMg,
		@Column(name = "potassium_mg") @Nullable Double potassiumMg,
		@Column(name = "calcium_mg") @Nullable Double calciumMg, @Column(name = "iron_mg") @Nullable Double ironMg,
		@Column(name = "vitamin_c_mg") @Nullable Double vitaminCMg) implements Serializable {

	public static final Nutrients ZERO = new Nutrients(0d, 0d, 0d, 0d, 0d, 0d, 0d, 0d, 0d, 0d, 0d, 0d, 0d);

	public static final Nutrients UNKNOWN = new Nutrients(null, null, null, null, null, null, null, null, null, null,
			null, null, null);

	/** The amounts for {@code grams} of a food whose amounts are per 100 g. */
	public Nutrients forGrams(double grams) {
		double factor = grams / 100d;
		return map(value -> round(value * factor));
	}

	/** Sums two amounts; a sum with an unknown is unknown. */
	public Nutrients plus(Nutrients other) {
		BinaryOperator<Double> add = (a, b) -> (a == null || b == null) ? null : round(a + b);
		return new Nutrients(add.apply(this.kcal, other.kcal), add.apply(this.proteinG, other.proteinG),
				add.apply(this.fatG, other.fatG), add.apply(this.carbsG, other.carbsG),
				add.apply(this.fiberG, other.fiberG), add.apply(this.sugarsG, other.sugarsG),
				add.apply(this.sodiumMg, other.sodiumMg), add.apply(this.saturatedFatG, other.saturatedFatG),
				add.apply(this.cholesterolMg, other.cholesterolMg), add.apply(this.potassiumMg, other.potassiumMg),
				add.apply(this.calciumMg, other.calciumMg), add.apply(this.ironMg, other.ironMg),
				add.apply(this.vitaminCMg, other.vitaminCMg));
	}

	/** How many amounts are known (imports count them as nutrient values). */
	public int known() {
		int known = 0;
		for (Double value : new Double[] { this.kcal, this.proteinG, this.fatG, this.carbsG, this.fiberG, this.sugarsG,
				this.sodiumMg, this.saturatedFatG, this.cholesterolMg, this.potassiumMg, this.calciumMg, this.ironMg,
				this.vitaminCMg }) {
			if (value != null) {
				known++;
			}
		}
		return known;
	}

	private Nutrients map(UnaryOperator<Double> operator) {
		UnaryOperator<Double> safe = value -> value == null ? null : operator.apply(value);
		return new Nutrients(safe.apply(this.kcal), safe.apply(this.proteinG), safe.apply(this.fatG),
				safe.apply(this.carbsG), safe.apply(this.fiberG), safe.apply(this.sugarsG), safe.apply(this.sodiumMg),
				safe.apply(this.saturatedFatG), safe.apply(this.cholesterolMg), safe.apply(this.potassiumMg),
				safe.apply(this.calciumMg), safe.apply(this.ironMg), safe.apply(this.vitaminCMg));
	}

	public static double round(double value) {
		return Math.round(value * 1000d) / 1000d;
	}

	/**
	 * Collects amounts by their SR nutrient number ({@code 208} energy, {@code 203}
	 * protein ...), as USDA sources name them. Energy falls back to the Atwater values
	 * (958, 957) Foundation foods carry instead of 208.
	 */
	public static final class Builder {

		private final java.util.Map<String, Double> byNumber = new java.util.HashMap<>();

		public Builder put(String number, @Nullable Double value) {
			if (value != null) {
				int dot = number.indexOf('.');
				this.byNumber.put((dot < 0 ? number : number.substring(0, dot)).trim(), value);
			}
			return this;
		}

		public Nutrients build() {
			Double kcal = this.byNumber.get("208");
			if (kcal == null) {
				kcal = this.byNumber.containsKey("958") ? this.byNumber.get("958") : this.byNumber.get("957");
			}
			return new Nutrients(kcal, get("203"), get("204"), get("205"), get("291"), get("269"), get("307"),
					get("606"), get("601"), get("306"), get("301"), get("303"), get("401"));
		}

		private @Nullable Double get(String number) {
			return this.byNumber.get(number);
		}

	}

}
