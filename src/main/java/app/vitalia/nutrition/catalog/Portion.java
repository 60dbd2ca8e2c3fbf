package app.vitalia.nutrition.catalog;

import java.io.Serializable;
import java.util.Locale;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A household measure of a food ("1 cup, chopped", "1 mediana") and its weight.
 */
@Embeddable
public record Portion(@Nullable String labelEn, @Nullable String labelEs, double grams) implements Serializable {

	public String label(Language language) {
		String preferred = language == Language.ES ? this.labelEs : this.labelEn;
		return preferred != null ? preferred : (this.labelEn != null ? this.labelEn : this.labelEs);
	}

	public boolean matches(String label) {
		String wanted = label.trim().toLowerCase(Locale.ROOT);
		return (this.labelEn != null && this.labelEn.toLowerCase(Locale.ROOT).equals(wanted))
				|| (this.labelEs != null && this.labelEs.toLowerCase(Locale.ROOT).equals(wanted));
	}

}
