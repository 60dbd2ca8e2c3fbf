package app.vitalia.nutrition.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import app.vitalia.nutrition.catalog.ImportedFood;
import app.vitalia.nutrition.catalog.Nutrients;
import app.vitalia.nutrition.catalog.Portion;
import app.vitalia.nutrition.catalog.SpanishNames;

import org.springframework.stereotype.Component;

/**
 * Reads the FoodData Central CSV download: {@code food.csv}, {@code nutrient.csv},
 * {@code food_nutrient.csv}, {@code food_portion.csv}, {@code measure_unit.csv} and, when
 * present, {@code food_category.csv}. Columns are found by their header names. Nutrients
 * are matched by their SR number ({@code nutrient_nbr}); energy falls back to the Atwater
 * values Foundation foods carry instead of 208.
 */
@Component
class FdcCsvReader {

	private static final Map<String, Integer> SLOTS = Map.ofEntries(Map.entry("208", 0), Map.entry("203", 1),
			Map.entry("204", 2), Map.entry("205", 3), Map.entry("291", 4), Map.entry("269", 5), Map.entry("307", 6),
			Map.entry("606", 7), Map.entry("601", 8), Map.entry("306", 9), Map.entry("301", 10), Map.entry("303", 11),
			Map.entry("401", 12), Map.entry("957", 13), Map.entry("958", 14));

	private final SpanishNames spanish;

	FdcCsvReader(SpanishNames spanish) {
		this.spanish = spanish;
	}

	interface Row {

		void accept(Map<String, String> row);

	}

	Sr28Reader.Result read(FoodFiles files) throws IOException {
		long[] rows = { 0 };
		Map<String, String> categories = new HashMap<>();
		if (files.has("food_category.csv")) {
			each(files, "food_category.csv", List.of("id", "description"),
					row -> categories.put(row.get("id"), row.get("description")), rows);
		}
		Map<String, String> units = new HashMap<>();
		each(files, "measure_unit.csv", List.of("id", "name"), row -> units.put(row.get("id"), row.get("name")), rows);
		Map<String, Integer> slotByNutrientId = new HashMap<>();
		each(files, "nutrient.csv", List.of("id", "nutrient_nbr"), row -> {
			Integer slot = SLOTS.get(stripDecimals(row.get("nutrient_nbr")));
			if (slot != null) {
				slotByNutrientId.put(row.get("id"), slot);
			}
		}, rows);
		Map<String, Builder> foods = new LinkedHashMap<>();
		each(files, "food.csv", List.of("fdc_id", "description"), row -> {
			String category = row.getOrDefault("food_category_id", "");
			foods.put(row.get("fdc_id"),
					new Builder(row.get("fdc_id"), row.get("description"), categories.getOrDefault(category, null)));
		}, rows);
		each(files, "food_nutrient.csv", List.of("fdc_id", "nutrient_id", "amount"), row -> {
			Builder food = foods.get(row.get("fdc_id"));
			Integer slot = slotByNutrientId.get(row.get("nutrient_id"));
			if (food != null && slot != null && !row.get("amount").isBlank()) {
				food.values[slot] = number(row.get("amount"), "food_nutrient.csv");
			}
		}, rows);
		each(files, "food_portion.csv", List.of("fdc_id", "gram_weight"), row -> {
			Builder food = foods.get(row.get("fdc_id"));
			String grams = row.get("gram_weight");
			if (food != null && !grams.isBlank() && number(grams, "food_portion.csv") > 0) {
				food.portions.add(new Portion(label(row, units), null, number(grams, "food_portion.csv")));
			}
		}, rows);
		List<ImportedFood> result = new ArrayList<>(foods.size());
		foods.values().forEach(food -> result.add(food.build(this.spanish)));
		return new Sr28Reader.Result(result, rows[0]);
	}

	private static String label(Map<String, String> row, Map<String, String> units) {
		String description = row.getOrDefault("portion_description", "").trim();
		if (!description.isBlank()) {
			// survey portions describe themselves completely ("1 cup, chopped")
			return description;
		}
		StringBuilder label = new StringBuilder();
		String amount = row.getOrDefault("amount", "");
		label.append(amount.isBlank() ? "1" : Sr28Reader.amount(amount));
		String unit = units.get(row.getOrDefault("measure_unit_id", ""));
		if (unit != null && !unit.equals("undetermined")) {
			label.append(' ').append(unit);
		}
		String modifier = row.getOrDefault("modifier", "").trim();
		if (!modifier.isBlank()) {
			label.append(' ').append(modifier);
		}
		return label.toString();
	}

	static void each(FoodFiles files, String fileName, List<String> required, Row consumer, long[] rows)
			throws IOException {
		try (BufferedReader reader = files.open(fileName, StandardCharsets.UTF_8)) {
			String header = reader.readLine();
			if (header == null) {
				throw Sr28Reader.layout(fileName + " is empty");
			}
			List<String> columns = CsvLine.split(header.replace("\uFEFF", ""));
			for (String column : required) {
				if (!columns.contains(column)) {
					throw Sr28Reader.layout(fileName + " has no column '" + column + "'");
				}
			}
			String line;
			int lineNumber = 1;
			while ((line = reader.readLine()) != null) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				List<String> fields = CsvLine.split(line);
				if (fields.size() != columns.size()) {
					throw Sr28Reader.layout(fileName + " line " + lineNumber + " has " + fields.size()
							+ " fields, expected " + columns.size());
				}
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < columns.size(); i++) {
					row.put(columns.get(i), fields.get(i));
				}
				consumer.accept(row);
				rows[0]++;
			}
		}
	}

	private static String stripDecimals(String number) {
		int dot = number.indexOf('.');
		return dot < 0 ? number.trim() : number.substring(0, dot).trim();
	}

	private static double number(String field, String fileName) {
		try {
			return new BigDecimal(field.trim()).doubleValue();
		}
		catch (NumberFormatException ex) {
			throw Sr28Reader.layout(fileName + " has a value that is not a number: '" + field + "'");
		}
	}

	private static final class Builder {

		final String fdcId;

		final String name;

		final @Nullable String group;

		final Double[] values = new Double[SLOTS.size()];

		final List<Portion> portions = new ArrayList<>();

		Builder(String fdcId, String name, @Nullable String group) {
			this.fdcId = fdcId;
			this.name = name;
			this.group = group;
		}

		public ImportedFood build(SpanishNames spanish) {
			Double kcal = this.values[0] != null ? this.values[0]
					: (this.values[14] != null ? this.values[14] : this.values[13]);
			Nutrients per100g = new Nutrients(kcal, this.values[1], this.values[2], this.values[3], this.values[4],
					this.values[5], this.values[6], this.values[7], this.values[8], this.values[9], this.values[10],
					this.values[11], this.values[12]);
			return new ImportedFood(this.fdcId, this.name, null, this.group, spanish.termsFor(this.name), per100g,
					List.copyOf(this.portions));
		}

	}

}
