package app.vitalia.nutrition.catalog;

import java.io.Serializable;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One food read from a data source, ready to be upserted by source id.
 * {@code searchTerms} are extra words the food is found by (e.g. Spanish keywords).
 */
public record ImportedFood(String sourceId, @Nullable String nameEn, @Nullable String nameEs,
		@Nullable String foodGroup, @Nullable String searchTerms, Nutrients per100g,
		List<Portion> portions) implements Serializable {

	public String searchText() {
		return SearchText.of(this.nameEs, this.nameEn, this.searchTerms);
	}

}
