package app.vitalia.nutrition.bulk;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.nutrition.bulk.DiaryImports;
import app.vitalia.nutrition.catalog.Nutrients;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Nutrition's side of {@link DiaryImports}: diary rows with the food's name and
 * nutrients.
 */
@Component
public class DiaryImportWriter implements DiaryImports {

	private static final String INSERT = "insert into nutrition_diary_entry (id, account_id, entry_date, meal, food_id, "
			+ "food_name, food_name_es, food_name_en, grams, kcal, protein_g, fat_g, carbs_g, fiber_g, sugars_g, "
			+ "sodium_mg, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String FOODS = "select id, coalesce(name_es, name_en) name, name_es, name_en, kcal, protein_g, "
			+ "fat_g, carbs_g, fiber_g, sugars_g, sodium_mg from nutrition_food ";

	private record CatalogFood(String name, @Nullable String nameEs, @Nullable String nameEn, Nutrients per100g) {
	}

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Clock clock;

	public DiaryImportWriter(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Clock clock) {
		this.jdbc = jdbc;
		this.named = named;
		this.clock = clock;
	}

	@Override
	public List<UUID> publicFoods(int limit) {
		return this.jdbc.queryForList("select id from nutrition_food where owner_id is null and kcal is not null "
				+ "order by source_id limit ?", UUID.class, limit);
	}

	@Override
	public int importEntries(List<ImportedEntry> entries) {
		if (entries.isEmpty()) {
			return 0;
		}
		Map<UUID, CatalogFood> foods = new HashMap<>();
		this.named.query(FOODS + "where id in (:ids)",
				Map.of("ids", entries.stream().map(ImportedEntry::foodId).distinct().toList()), (ResultSet row) -> {
					foods.put(row.getObject("id", UUID.class), new CatalogFood(row.getString("name"),
							row.getString("name_es"), row.getString("name_en"),
							new Nutrients(row.getDouble("kcal"), row.getDouble("protein_g"), row.getDouble("fat_g"),
									row.getDouble("carbs_g"), nullable(row, "fiber_g"), nullable(row, "sugars_g"),
									nullable(row, "sodium_mg"), null, null, null, null, null, null)));
				});
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Object[]> rows = new ArrayList<>(entries.size());
		for (ImportedEntry entry : entries) {
			CatalogFood food = foods.get(entry.foodId());
			if (food == null) {
				throw new IllegalArgumentException("no catalog food " + entry.foodId());
			}
			Nutrients n = food.per100g().forGrams(entry.grams());
			rows.add(new Object[] { UUID.randomUUID(), entry.accountId(), entry.date(), entry.meal().name(),
					entry.foodId(), food.name(), food.nameEs(), food.nameEn(), entry.grams(), n.kcal(), n.proteinG(),
					n.fatG(), n.carbsG(), n.fiberG(), n.sugarsG(), n.sodiumMg(), now });
		}
		this.jdbc.batchUpdate(INSERT, rows, 1000, (PreparedStatement statement, Object[] row) -> {
			for (int i = 0; i < row.length; i++) {
				statement.setObject(i + 1, row[i]);
			}
		});
		return rows.size();
	}

	private static @Nullable Double nullable(ResultSet row, String column) throws SQLException {
		double value = row.getDouble(column);
		return row.wasNull() ? null : value;
	}

}
