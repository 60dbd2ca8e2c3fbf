package app.vitalia.nutrition.importing;

import java.util.Arrays;
import java.util.Locale;

import app.vitalia.nutrition.catalog.FoodSource;
import app.vitalia.platform.DomainException;

/**
 * The food data layouts Vitalia imports, and the catalog source they write to.
 */
enum ImportFormat {

	SR28("sr28", FoodSource.SR28), FDC_CSV("fdc-csv", FoodSource.FDC);

	private final String label;

	private final FoodSource source;

	ImportFormat(String label, FoodSource source) {
		this.label = label;
		this.source = source;
	}

	static ImportFormat parse(String text) {
		String wanted = text.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(format -> format.label.equals(wanted) || format.name().equalsIgnoreCase(wanted))
			.findFirst()
			.orElseThrow(
					() -> DomainException.invalid("format", "UNKNOWN_FORMAT", "The format must be sr28 or fdc-csv"));
	}

	String label() {
		return this.label;
	}

	FoodSource source() {
		return this.source;
	}

}
