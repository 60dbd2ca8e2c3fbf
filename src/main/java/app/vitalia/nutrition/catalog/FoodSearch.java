package app.vitalia.nutrition.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.nutrition.catalog.FoodIndex.Hit;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ranked food search. The shared catalog (starter, imported and FoodData Central foods)
 * is searched in an in-memory {@link FoodIndex}, the same on every database: the catalog
 * is small (SR28 is under 9,000 foods) and ranking it in the database cost milliseconds
 * of CPU a query. The index is rebuilt when this instance writes the catalog, and when a
 * periodic check sees another instance did. A member's own custom foods and recipes are
 * read from the database once and cached until they change one, and ranked the same way.
 */
@Component
public class FoodSearch {

	private static final Logger log = LoggerFactory.getLogger(FoodSearch.class);

	private static final String COLUMNS = "f.id, f.source, f.name_en, f.name_es, f.food_group, f.servings, f.kcal, "
			+ "f.protein_g, f.fat_g, f.carbs_g, f.fiber_g, f.sugars_g, f.sodium_mg, f.saturated_fat_g, "
			+ "f.cholesterol_mg, f.potassium_mg, f.calcium_mg, f.iron_mg, f.vitamin_c_mg, f.search_text";

	private static final String SHARED = "f.owner_id is null";

	private static final String OWN = "f.owner_id = :owner";

	static final String OWN_FOODS_CACHE = "nutrition.own-foods";

	private final NamedParameterJdbcTemplate jdbc;

	private final Cache ownFoods;

	private volatile @Nullable Shared shared;

	private record Shared(FoodIndex index, String version) {
	}

	FoodSearch(NamedParameterJdbcTemplate jdbc, CacheManager caches) {
		this.jdbc = jdbc;
		this.ownFoods = Objects.requireNonNull(caches.getCache(OWN_FOODS_CACHE));
	}

	public FoodPage search(String query, UUID viewer, Language language, int page, int size) {
		String text = SearchText.normalize(query);
		List<Hit> shared = sharedIndex().search(text);
		List<Hit> own = ownFoods(viewer).search(text);
		long offset = (long) page * size;
		List<FoodView> content = new ArrayList<>(size);
		int s = 0;
		int o = 0;
		for (long position = 0; position < offset + size && (s < shared.size() || o < own.size()); position++) {
			boolean takeOwn = s == shared.size()
					|| (o < own.size() && Hit.ORDER.compare(own.get(o), shared.get(s)) <= 0);
			Hit hit = takeOwn ? own.get(o++) : shared.get(s++);
			if (position >= offset) {
				content.add(hit.entry().view(language));
			}
		}
		return new FoodPage(List.copyOf(content), page, size, shared.size() + own.size(), null);
	}

	/**
	 * Rebuilds the shared index at once; called after this instance wrote the catalog, so
	 * its next search sees the change. Nothing to do while nothing has searched yet.
	 */
	void catalogChanged() {
		if (this.shared != null) {
			rebuild();
		}
	}

	/** Picks up catalog changes made by other instances (imports, FoodData Central). */
	@Scheduled(fixedDelayString = "${vitalia.nutrition.search.check-every:PT10S}",
			initialDelayString = "${vitalia.nutrition.search.check-every:PT10S}")
	void refreshIfChanged() {
		Shared current = this.shared;
		if (current != null && !current.version().equals(version())) {
			rebuild();
		}
	}

	private FoodIndex sharedIndex() {
		Shared current = this.shared;
		if (current == null) {
			synchronized (this) {
				current = this.shared;
				if (current == null) {
					current = rebuild();
				}
			}
		}
		return current.index();
	}

	private synchronized Shared rebuild() {
		long started = System.nanoTime();
		String version = version();
		Shared built = new Shared(new FoodIndex(entries(SHARED, new MapSqlParameterSource())), version);
		this.shared = built;
		log.info("Food search index: {} foods in {} ms", built.index().size(),
				(System.nanoTime() - started) / 1_000_000);
		return built;
	}

	/** Changes whenever a shared food is added or updated (foods are never deleted). */
	private String version() {
		return this.jdbc.getJdbcTemplate()
			.queryForObject("select count(*), max(updated_at) from nutrition_food f where " + SHARED,
					(row, n) -> row.getLong(1) + "@" + row.getObject(2));
	}

	/**
	 * A member's own foods, cached (in process, and in Redis when configured) until they
	 * change one: most members have none, and a search then costs no database round trip.
	 */
	private FoodIndex ownFoods(UUID owner) {
		List<FoodIndex.Entry> own = this.ownFoods.get(owner,
				() -> entries(OWN, new MapSqlParameterSource("owner", owner)));
		return (own == null || own.isEmpty()) ? FoodIndex.EMPTY : new FoodIndex(own);
	}

	/**
	 * A member created, changed or deleted a food of their own: forgotten now and again
	 * once the transaction ends, so a search running meanwhile cannot keep the old list.
	 */
	public void ownFoodsChanged(UUID owner) {
		this.ownFoods.evict(owner);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					FoodSearch.this.ownFoods.evict(owner);
				}
			});
		}
	}

	private List<FoodIndex.Entry> entries(String where, MapSqlParameterSource params) {
		Map<UUID, List<Portion>> portions = new HashMap<>();
		List<Row> rows = this.jdbc.query("select " + COLUMNS + " from nutrition_food f where " + where, params,
				(row, n) -> row(row));
		if (rows.isEmpty()) {
			return List.of();
		}
		this.jdbc.query(
				"select p.food_id, p.label_en, p.label_es, p.grams from nutrition_food_portion p"
						+ " join nutrition_food f on f.id = p.food_id where " + where + " order by p.food_id, p.seq",
				params,
				(RowCallbackHandler) rs -> portions
					.computeIfAbsent(rs.getObject("food_id", UUID.class), id -> new ArrayList<>())
					.add(new Portion(rs.getString("label_en"), rs.getString("label_es"), rs.getDouble("grams"))));
		List<FoodIndex.Entry> entries = new ArrayList<>(rows.size());
		for (Row row : rows) {
			List<Portion> its = portions.getOrDefault(row.id(), List.of());
			entries.add(new FoodIndex.Entry(row.id(), row.searchText(), SearchText.normalize(row.nameEs()),
					SearchText.normalize(row.nameEn()), row.source() == FoodSource.STARTER, row.view(its, Language.ES),
					row.view(its, Language.EN)));
		}
		return entries;
	}

	private record Row(UUID id, FoodSource source, @Nullable String nameEn, @Nullable String nameEs,
			@Nullable String foodGroup, @Nullable Integer servings, Nutrients nutrients, String searchText) {

		FoodView view(List<Portion> portions, Language language) {
			return new FoodView(this.id, language.pick(this.nameEs, this.nameEn), this.nameEs, this.nameEn, this.source,
					SpanishNames.group(this.foodGroup, language), this.nutrients, FoodView.portions(portions, language),
					this.servings);
		}

	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), FoodSource.valueOf(rs.getString("source")),
				rs.getString("name_en"), rs.getString("name_es"), rs.getString("food_group"),
				(Integer) rs.getObject("servings"),
				new Nutrients(d(rs, "kcal"), d(rs, "protein_g"), d(rs, "fat_g"), d(rs, "carbs_g"), d(rs, "fiber_g"),
						d(rs, "sugars_g"), d(rs, "sodium_mg"), d(rs, "saturated_fat_g"), d(rs, "cholesterol_mg"),
						d(rs, "potassium_mg"), d(rs, "calcium_mg"), d(rs, "iron_mg"), d(rs, "vitamin_c_mg")),
				rs.getString("search_text"));
	}

	private static @Nullable Double d(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

}
