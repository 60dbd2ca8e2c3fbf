package app.vitalia.gamification.rules;

import java.util.Locale;

/**
 * A text in both of the app's languages.
 */
public record Text(String es, String en) {

	public String in(String locale) {
		return locale.toLowerCase(Locale.ROOT).startsWith("en") ? this.en : this.es;
	}

}
