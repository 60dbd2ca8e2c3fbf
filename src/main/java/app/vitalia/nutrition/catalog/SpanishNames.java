package app.vitalia.nutrition.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Spanish for USDA foods: full names of the common foods by NDB number, and search words
 * for every food by the leading words of its English name, so "manzana" finds all apples
 * after an import; and the food groups' Spanish names.
 */
@Component
public class SpanishNames {

	private static final Map<String, String> GROUPS_ES = load("nutrition/food-groups-es.tsv");

	private final Map<String, String> names = load("nutrition/usda-names-es.tsv");

	private final Map<String, String> terms = load("nutrition/usda-terms-es.tsv");

	public @Nullable String nameFor(String ndbNumber) {
		return this.names.get(ndbNumber);
	}

	/** Spanish words for an English USDA description, e.g. "Fish, salmon, raw". */
	public @Nullable String termsFor(String englishName) {
		String[] parts = englishName.toLowerCase(Locale.ROOT).split(",");
		String head = parts[0].trim();
		String first = this.terms.get(head);
		String second = parts.length > 1 ? this.terms.get(head + ", " + parts[1].trim()) : null;
		if (first == null) {
			return second;
		}
		return second == null ? first : first + " " + second;
	}

	/** The food group in that language: USDA's group names are English. */
	public static @Nullable String group(@Nullable String group, Language language) {
		if (group == null || language == Language.EN) {
			return group;
		}
		return GROUPS_ES.getOrDefault(group, group);
	}

	public int size() {
		return this.names.size();
	}

	/**
	 * Tab-separated pairs of a classpath resource; blank lines and {@code #} comments
	 * skipped.
	 */
	static Map<String, String> load(String resource) {
		Map<String, String> map = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", 2);
				map.put(fields[0].trim(), fields[1].trim());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return map;
	}

}
