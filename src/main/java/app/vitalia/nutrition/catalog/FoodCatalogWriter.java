package app.vitalia.nutrition.catalog;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes imported foods in JDBC batches, upserting by source and source id: a food seen
 * before is updated in place (its id, which diaries refer to, never changes) and its
 * portions are replaced. Once the transaction commits, food search sees the change.
 */
@Component
public class FoodCatalogWriter {

	static final int BATCH = 1000;

	private static final String COLUMNS = "name_en, name_es, food_group, search_text, kcal, protein_g, fat_g, carbs_g, "
			+ "fiber_g, sugars_g, sodium_mg, saturated_fat_g, cholesterol_mg, potassium_mg, calcium_mg, iron_mg, "
			+ "vitamin_c_mg, updated_at";

	private static final String INSERT = "insert into nutrition_food (" + COLUMNS
			+ ", source, source_id, id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String UPDATE = "update nutrition_food set " + COLUMNS.replace(",", " = ?,")
			+ " = ? where source = ? and source_id = ? and id = ?";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Clock clock;

	private final FoodSearch search;

	FoodCatalogWriter(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Clock clock, FoodSearch search) {
		this.jdbc = jdbc;
		this.named = named;
		this.clock = clock;
		this.search = search;
	}

	/**
	 * Upserts the foods in the caller's transaction (one is required, so an import is all
	 * or nothing); {@code progress} receives the number of foods written so far.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ImportSummary upsert(FoodSource source, List<ImportedFood> foods, LongConsumer progress) {
		Map<String, UUID> existing = new HashMap<>();
		this.jdbc.query("select source_id, id from nutrition_food where source = ?",
				(RowCallbackHandler) row -> existing.put(row.getString(1), row.getObject(2, UUID.class)),
				source.name());
		return write(source, foods, existing, progress);
	}

	/**
	 * Adds the foods the catalog does not have yet and leaves the others as they are
	 * (e.g. remote search results, which lack the portions an import brought).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int addMissing(FoodSource source, List<ImportedFood> foods) {
		Map<String, ImportedFood> wanted = new LinkedHashMap<>();
		foods.forEach(food -> wanted.putIfAbsent(food.sourceId(), food));
		List<String> known = this.named.queryForList(
				"select source_id from nutrition_food where source = :source and source_id in (:ids)",
				Map.of("source", source.name(), "ids", List.copyOf(wanted.keySet())), String.class);
		known.forEach(wanted::remove);
		return write(source, List.copyOf(wanted.values()), new HashMap<>(), done -> {
		}).inserted();
	}

	private ImportSummary write(FoodSource source, List<ImportedFood> foods, Map<String, UUID> existing,
			LongConsumer progress) {
		long started = System.nanoTime();
		if (!foods.isEmpty()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					FoodCatalogWriter.this.search.catalogChanged();
				}
			});
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		int inserted = 0;
		long nutrientValues = 0;
		int portions = 0;
		for (int from = 0; from < foods.size(); from += BATCH) {
			List<ImportedFood> batch = foods.subList(from, Math.min(foods.size(), from + BATCH));
			List<Object[]> inserts = new ArrayList<>();
			List<Object[]> updates = new ArrayList<>();
			List<Object[]> staleIds = new ArrayList<>();
			List<Object[]> portionRows = new ArrayList<>();
			for (ImportedFood food : batch) {
				UUID id = existing.get(food.sourceId());
				if (id == null) {
					id = UUID.randomUUID();
					existing.put(food.sourceId(), id);
					inserts.add(row(food, source, id, now));
				}
				else {
					updates.add(row(food, source, id, now));
					staleIds.add(new Object[] { id });
				}
				nutrientValues += food.per100g().known();
				for (int seq = 0; seq < food.portions().size(); seq++) {
					Portion portion = food.portions().get(seq);
					portionRows.add(new Object[] { id, seq, portion.labelEn(), portion.labelEs(), portion.grams() });
				}
			}
			batch(INSERT, inserts);
			batch(UPDATE, updates);
			batch("delete from nutrition_food_portion where food_id = ?", staleIds);
			batch("insert into nutrition_food_portion (food_id, seq, label_en, label_es, grams) values (?, ?, ?, ?, ?)",
					portionRows);
			inserted += inserts.size();
			portions += portionRows.size();
			progress.accept(from + batch.size());
		}
		return new ImportSummary(foods.size(), inserted, foods.size() - inserted, nutrientValues, portions,
				Duration.ofNanos(System.nanoTime() - started));
	}

	private static Object[] row(ImportedFood food, FoodSource source, UUID id, OffsetDateTime now) {
		Nutrients n = food.per100g();
		return new Object[] { food.nameEn(), food.nameEs(), food.foodGroup(), food.searchText(), n.kcal(), n.proteinG(),
				n.fatG(), n.carbsG(), n.fiberG(), n.sugarsG(), n.sodiumMg(), n.saturatedFatG(), n.cholesterolMg(),
				n.potassiumMg(), n.calciumMg(), n.ironMg(), n.vitaminCMg(), now, source.name(), food.sourceId(), id };
	}

	private void batch(String sql, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(sql, rows, BATCH, (PreparedStatement statement, Object[] row) -> bind(statement, row));
	}

	private static void bind(PreparedStatement statement, Object[] row) throws SQLException {
		for (int i = 0; i < row.length; i++) {
			Object value = row[i];
			if (value == null) {
				statement.setNull(i + 1, Types.NULL);
			}
			else if (value instanceof Double number) {
				statement.setDouble(i + 1, number);
			}
			else {
				statement.setObject(i + 1, value);
			}
		}
	}

}
