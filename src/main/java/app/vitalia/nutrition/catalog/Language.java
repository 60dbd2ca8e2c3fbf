package app.vitalia.nutrition.catalog;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The language food names are shown in: Spanish unless the caller prefers English. Which
 * one a request gets is decided by {@link FoodLanguageArgumentResolver}.
 */
public enum Language {

	ES, EN;

	static Language of(@Nullable Locale locale) {
		return (locale != null && locale.getLanguage().equals("en")) ? EN : ES;
	}

	/** {@code es}/{@code en} (or a tag starting with them), empty for anything else. */
	public static java.util.Optional<Language> fromTag(@Nullable String tag) {
		if (tag == null) {
			return java.util.Optional.empty();
		}
		String lower = tag.trim().toLowerCase(Locale.ROOT);
		if (lower.equals("en") || lower.startsWith("en-") || lower.startsWith("en_")) {
			return java.util.Optional.of(EN);
		}
		if (lower.equals("es") || lower.startsWith("es-") || lower.startsWith("es_")) {
			return java.util.Optional.of(ES);
		}
		return java.util.Optional.empty();
	}

	/**
	 * The first of {@code es}/{@code en} in an Accept-Language header, Spanish if none.
	 */
	public static Language fromHeader(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return ES;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
				String tag = range.getRange();
				if (tag.startsWith("en")) {
					return EN;
				}
				if (tag.startsWith("es")) {
					return ES;
				}
			}
		}
		catch (IllegalArgumentException malformed) {
			return ES;
		}
		return ES;
	}

	public String pick(@Nullable String spanish, @Nullable String english) {
		String preferred = this == ES ? spanish : english;
		return preferred != null ? preferred : (english != null ? english : spanish);
	}

}
