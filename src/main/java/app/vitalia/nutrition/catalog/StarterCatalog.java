package app.vitalia.nutrition.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the built-in starter foods ({@code nutrition/starter-foods.csv}) at startup, so a
 * fresh installation can log meals before any USDA import. Upserting by key makes it
 * idempotent; edits to the file reach existing databases on the next start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StarterCatalog implements ApplicationRunner {

	static final String RESOURCE = "nutrition/starter-foods.csv";

	private static final Logger log = LoggerFactory.getLogger(StarterCatalog.class);

	private static final Map<String, String> GROUPS = Map.ofEntries(Map.entry("F", "Fruits and Fruit Juices"),
			Map.entry("V", "Vegetables and Vegetable Products"), Map.entry("D", "Dairy and Egg Products"),
			Map.entry("P", "Poultry Products"), Map.entry("B", "Beef Products"), Map.entry("K", "Pork Products"),
			Map.entry("S", "Finfish and Shellfish Products"), Map.entry("L", "Legumes and Legume Products"),
			Map.entry("N", "Nut and Seed Products"), Map.entry("C", "Cereal Grains and Pasta"),
			Map.entry("G", "Baked Products"), Map.entry("O", "Fats and Oils"), Map.entry("W", "Sweets"),
			Map.entry("Y", "Beverages"), Map.entry("M", "Sausages and Luncheon Meats"),
			Map.entry("X", "Meals, Entrees, and Side Dishes"), Map.entry("Q", "Soups, Sauces, and Gravies"),
			Map.entry("H", "Spices and Herbs"), Map.entry("E", "Breakfast Cereals"), Map.entry("A", "Snacks"));

	private final FoodCatalogWriter writer;

	private final TransactionTemplate transactions;

	StarterCatalog(FoodCatalogWriter writer, TransactionTemplate transactions) {
		this.writer = writer;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		List<ImportedFood> foods = read();
		try {
			ImportSummary summary = this.transactions
				.execute(status -> this.writer.upsert(FoodSource.STARTER, foods, done -> {
				}));
			log.debug("Starter catalog: {}", summary);
		}
		catch (DataIntegrityViolationException concurrentStart) {
			log.info("Another instance loaded the starter catalog at the same time");
		}
	}

	static List<ImportedFood> read() throws IOException {
		List<ImportedFood> foods = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					foods.add(parse(line));
				}
			}
		}
		return foods;
	}

	private static ImportedFood parse(String line) {
		String[] f = line.split("\\|", -1);
		if (f.length != 12) {
			throw new IllegalStateException(RESOURCE + ": expected 12 fields in " + line);
		}
		Nutrients per100g = new Nutrients(d(f[4]), d(f[5]), d(f[6]), d(f[7]), d(f[8]), d(f[9]), d(f[10]), null, null,
				null, null, null, null);
		List<Portion> portions = new ArrayList<>();
		for (String portion : f[11].split(";")) {
			String[] labelAndGrams = portion.split("=");
			String[] labels = labelAndGrams[0].split("/");
			portions.add(new Portion(labels[1], labels[0], Double.parseDouble(labelAndGrams[1])));
		}
		String group = GROUPS.get(f[3]);
		if (group == null) {
			throw new IllegalStateException(RESOURCE + ": unknown group " + f[3]);
		}
		return new ImportedFood(f[0], f[2], f[1], group, null, per100g, portions);
	}

	private static Double d(String field) {
		return field.isBlank() ? null : Double.valueOf(field);
	}

}
