package app.vitalia.nutrition.catalog;

import java.time.Duration;

/**
 * What an import wrote.
 */
public record ImportSummary(int foods, int inserted, int updated, long nutrientValues, int portions, Duration took) {

	@Override
	public String toString() {
		return "%d foods (%d new, %d updated), %d nutrient values, %d portions in %.1f s".formatted(this.foods,
				this.inserted, this.updated, this.nutrientValues, this.portions, this.took.toMillis() / 1000d);
	}

}
