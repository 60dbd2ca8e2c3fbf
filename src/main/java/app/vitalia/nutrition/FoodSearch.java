package app.vitalia.nutrition;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ranked food search over the normalized names. On PostgreSQL: prefix full-text matching
 * ({@code simple} configuration, every word as a prefix) or trigram word similarity for
 * typos, both GIN-indexed, ranked by text rank + similarity with a boost for names that
 * start with the query and for the curated starter foods. On H2: every word must occur in
 * the name, names starting with the query first, then shorter names.
 */
@Component
class FoodSearch {

	private static final String COLUMNS = "f.id, f.source, f.name_en, f.name_es, f.food_group, f.servings, f.kcal, "
			+ "f.protein_g, f.fat_g, f.carbs_g, f.fiber_g, f.sugars_g, f.sodium_mg, f.saturated_fat_g, "
			+ "f.cholesterol_mg, f.potassium_mg, f.calcium_mg, f.iron_mg, f.vitamin_c_mg";

	private static final String VISIBLE = "(f.owner_id is null or f.owner_id = :viewer)";

	/**
	 * Words of three letters or more are matched by trigram word similarity (GIN-indexed,
	 * covers prefixes and typos); shorter queries by full-text prefix. Either way the
	 * ranking adds the full-text rank, the similarity, a bonus for names that start with
	 * the query and one for the curated starter foods.
	 */
	private static final String PG_SEARCH = "select " + COLUMNS + ", count(*) over () as hits"
			+ " from nutrition_food f where " + VISIBLE + " and %s"
			+ " order by (ts_rank(f.search_vector, to_tsquery('simple', :tsquery)) + word_similarity(:text, f.search_text)"
			+ " + case when f.search_text like :prefix or lower(f.name_en) like :prefix then 1 else 0 end"
			+ " + case when f.source = 'STARTER' then 1 else 0 end) desc, length(f.search_text), f.id"
			+ " limit :size offset :offset";

	private static final String PG_TRIGRAM = ":text <% f.search_text";

	private static final String PG_FULL_TEXT = "f.search_vector @@ to_tsquery('simple', :tsquery)";

	private final NamedParameterJdbcTemplate jdbc;

	private final boolean postgres;

	FoodSearch(NamedParameterJdbcTemplate jdbc, DataSource dataSource) throws SQLException {
		this.jdbc = jdbc;
		try (Connection connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
	}

	/** Whether misspelt queries still match (trigram similarity, PostgreSQL only). */
	boolean typoTolerant() {
		return this.postgres;
	}

	FoodPage search(String query, UUID viewer, Language language, int page, int size) {
		String text = SearchText.normalize(query);
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("viewer", viewer)
			.addValue("size", size)
			.addValue("offset", (long) page * size);
		String where;
		String select;
		if (text.isEmpty()) {
			where = VISIBLE;
			select = "select " + COLUMNS + " from nutrition_food f where " + where
					+ " order by f.search_text, f.id limit :size offset :offset";
		}
		else if (this.postgres) {
			params.addValue("text", text)
				.addValue("tsquery", String.join(" & ", text.split(" ")).replace(" & ", ":* & ") + ":*")
				.addValue("prefix", text + "%");
			where = VISIBLE + " and " + (text.length() >= 3 ? PG_TRIGRAM : PG_FULL_TEXT);
			select = PG_SEARCH.formatted(text.length() >= 3 ? PG_TRIGRAM : PG_FULL_TEXT);
			return page(select, where, params, language, page, size, true);
		}
		else {
			StringBuilder like = new StringBuilder(VISIBLE);
			String[] words = text.split(" ");
			for (int i = 0; i < words.length; i++) {
				like.append(" and f.search_text like :w").append(i);
				params.addValue("w" + i, "%" + words[i] + "%");
			}
			params.addValue("prefix", text + "%");
			where = like.toString();
			select = "select " + COLUMNS + " from nutrition_food f where " + where
					+ " order by case when f.search_text like :prefix then 0 else 1 end, length(f.search_text), f.id"
					+ " limit :size offset :offset";
		}
		return page(select, where, params, language, page, size, false);
	}

	private FoodPage page(String select, String where, MapSqlParameterSource params, Language language, int page,
			int size, boolean countedInQuery) {
		long[] hits = { -1 };
		List<Row> rows = this.jdbc.query(select, params, (row, n) -> {
			if (countedInQuery) {
				hits[0] = row.getLong("hits");
			}
			return row(row);
		});
		long total = hits[0];
		if (total < 0) {
			// counted separately when the page is empty or the query cannot count itself
			Long counted = this.jdbc.queryForObject("select count(*) from nutrition_food f where " + where, params,
					Long.class);
			total = counted == null ? 0 : counted;
		}
		return new FoodPage(views(rows, language), page, size, total, null);
	}

	private record Row(UUID id, FoodSource source, String nameEn, String nameEs, String foodGroup, Integer servings,
			Nutrients nutrients) {
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), FoodSource.valueOf(rs.getString("source")),
				rs.getString("name_en"), rs.getString("name_es"), rs.getString("food_group"),
				(Integer) rs.getObject("servings"),
				new Nutrients(d(rs, "kcal"), d(rs, "protein_g"), d(rs, "fat_g"), d(rs, "carbs_g"), d(rs, "fiber_g"),
						d(rs, "sugars_g"), d(rs, "sodium_mg"), d(rs, "saturated_fat_g"), d(rs, "cholesterol_mg"),
						d(rs, "potassium_mg"), d(rs, "calcium_mg"), d(rs, "iron_mg"), d(rs, "vitamin_c_mg")));
	}

	private static Double d(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private List<FoodView> views(List<Row> rows, Language language) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Portion>> portions = new HashMap<>();
		this.jdbc.query(
				"select food_id, label_en, label_es, grams from nutrition_food_portion where food_id in (:ids) order by food_id, seq",
				new MapSqlParameterSource("ids", rows.stream().map(Row::id).toList()), rs -> {
					portions.computeIfAbsent(rs.getObject("food_id", UUID.class), id -> new ArrayList<>())
						.add(new Portion(rs.getString("label_en"), rs.getString("label_es"), rs.getDouble("grams")));
				});
		Map<UUID, FoodView> views = new LinkedHashMap<>();
		for (Row row : rows) {
			views.put(row.id(),
					new FoodView(row.id(), language.pick(row.nameEs(), row.nameEn()), row.nameEs(), row.nameEn(),
							row.source(), row.foodGroup(), row.nutrients(),
							FoodView.portions(portions.getOrDefault(row.id(), List.of()), language), row.servings()));
		}
		return List.copyOf(views.values());
	}

}
