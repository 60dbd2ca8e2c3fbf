package app.vitalia.nutrition.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The normalized form names are searched in: lower case, without accents, letters and
 * digits separated by single spaces ("Plátano, crudo" becomes "platano crudo"). Queries
 * are normalized the same way, so search is accent-insensitive on every database.
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private SearchText() {
	}

	public static String normalize(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace('ß', 's');
		return SEPARATORS.matcher(plain).replaceAll(" ").trim();
	}

	public static String of(@Nullable String... names) {
		StringBuilder text = new StringBuilder();
		for (String name : names) {
			String normalized = normalize(name);
			if (!normalized.isEmpty()) {
				if (!text.isEmpty()) {
					text.append(' ');
				}
				text.append(normalized);
			}
		}
		return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
	}

}
