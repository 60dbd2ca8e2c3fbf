package app.vitalia.nutrition.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import app.vitalia.nutrition.catalog.ImportedFood;
import app.vitalia.nutrition.catalog.Nutrients;
import app.vitalia.nutrition.catalog.Portion;
import app.vitalia.nutrition.catalog.SearchText;
import app.vitalia.nutrition.catalog.SpanishNames;
import app.vitalia.platform.DomainException;

import org.springframework.stereotype.Component;

/**
 * Reads the USDA SR28 ASCII files: {@code ^}-separated, text fields in {@code ~}, an
 * empty field ({@code ~~} or nothing) is null, Windows-1252 text. A nutrient without a
 * {@code NUT_DATA} row stays null ("not measured").
 */
@Component
public class Sr28Reader {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final SpanishNames spanish;

	Sr28Reader(SpanishNames spanish) {
		this.spanish = spanish;
	}

	record Result(List<ImportedFood> foods, long rowsRead) {
	}

	Result read(FoodFiles files) throws IOException {
		Map<String, String> groups = new HashMap<>();
		long[] rows = { 0 };
		each(files, "FD_GROUP.txt", 2, fields -> groups.put(fields[0], fields[1]), rows);
		Map<String, FoodBuilder> foods = new LinkedHashMap<>();
		each(files, "FOOD_DES.txt", 14, fields -> foods.put(fields[0],
				new FoodBuilder(fields[0], fields[2], groups.get(fields[1]), blankToNull(fields[4]))), rows);
		each(files, "NUT_DATA.txt", 18, fields -> {
			FoodBuilder food = known(foods, fields[0], "NUT_DATA.txt");
			food.nutrients.put(fields[1], number(fields[2], "NUT_DATA.txt"));
		}, rows);
		each(files, "WEIGHT.txt", 7, fields -> {
			FoodBuilder food = known(foods, fields[0], "WEIGHT.txt");
			double grams = number(fields[4], "WEIGHT.txt");
			if (grams > 0) {
				food.portions.add(new Portion(amount(fields[2]) + " " + fields[3], null, grams));
			}
		}, rows);
		List<ImportedFood> result = new ArrayList<>(foods.size());
		foods.values().forEach(food -> result.add(food.build(this.spanish)));
		return new Result(result, rows[0]);
	}

	private interface Row {

		void accept(String[] fields);

	}

	private static void each(FoodFiles files, String fileName, int fieldCount, Row row, long[] rows)
			throws IOException {
		try (BufferedReader reader = files.open(fileName, WINDOWS_1252)) {
			String line;
			int lineNumber = 0;
			while ((line = reader.readLine()) != null) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				String[] fields = line.split("\\^", -1);
				if (fields.length != fieldCount) {
					throw layout(fileName + " line " + lineNumber + " has " + fields.length + " fields, expected "
							+ fieldCount);
				}
				for (int i = 0; i < fields.length; i++) {
					fields[i] = unquote(fields[i]);
				}
				row.accept(fields);
				rows[0]++;
			}
		}
	}

	private static String unquote(String field) {
		if (field.length() >= 2 && field.charAt(0) == '~' && field.charAt(field.length() - 1) == '~') {
			return field.substring(1, field.length() - 1);
		}
		return field;
	}

	private static FoodBuilder known(Map<String, FoodBuilder> foods, String ndb, String fileName) {
		FoodBuilder food = foods.get(ndb);
		if (food == null) {
			throw layout(fileName + " refers to food " + ndb + " which FOOD_DES.txt lacks");
		}
		return food;
	}

	private static double number(String field, String fileName) {
		try {
			return Double.parseDouble(field);
		}
		catch (NumberFormatException ex) {
			throw layout(fileName + " has a value that is not a number: '" + field + "'");
		}
	}

	public static String amount(String field) {
		try {
			return new BigDecimal(field).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			throw layout("WEIGHT.txt has an amount that is not a number: '" + field + "'");
		}
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

	static DomainException layout(String detail) {
		return new DomainException(DomainException.Kind.UNPROCESSABLE, "IMPORT_LAYOUT_INVALID", detail);
	}

	private static final class FoodBuilder {

		final String ndb;

		final String name;

		final @Nullable String group;

		final @Nullable String commonName;

		final Map<String, Double> nutrients = new HashMap<>();

		final List<Portion> portions = new ArrayList<>();

		FoodBuilder(String ndb, String name, @Nullable String group, @Nullable String commonName) {
			this.ndb = ndb;
			this.name = name;
			this.group = group;
			this.commonName = commonName;
		}

		ImportedFood build(SpanishNames spanish) {
			Nutrients per100g = new Nutrients(get("208"), get("203"), get("204"), get("205"), get("291"), get("269"),
					get("307"), get("606"), get("601"), get("306"), get("301"), get("303"), get("401"));
			String terms = SearchText.of(this.commonName, spanish.termsFor(this.name));
			return new ImportedFood(this.ndb, this.name, spanish.nameFor(this.ndb), this.group,
					terms.isEmpty() ? null : terms, per100g, List.copyOf(this.portions));
		}

		private @Nullable Double get(String nutrientNumber) {
			return this.nutrients.get(nutrientNumber);
		}

	}

}
