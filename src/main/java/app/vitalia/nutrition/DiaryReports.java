package app.vitalia.nutrition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.nutrition.DiaryViews.Adherence;
import app.vitalia.nutrition.DiaryViews.DayTotals;
import app.vitalia.nutrition.DiaryViews.QuickFood;
import app.vitalia.nutrition.DiaryViews.Summary;
import app.vitalia.nutrition.catalog.FoodView;
import app.vitalia.nutrition.catalog.Language;
import app.vitalia.nutrition.catalog.Nutrients;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only views over many diary entries: per-day totals and trends, adherence, and the
 * foods a member logs most often or most recently. Aggregated in SQL.
 */
@Component
class DiaryReports {

	static final int MAX_RANGE_DAYS = 366;

	static final int QUICK_FOODS = 20;

	private final JdbcTemplate jdbc;

	private final FoodDiary diary;

	private final FoodRepository foods;

	DiaryReports(JdbcTemplate jdbc, FoodDiary diary, FoodRepository foods) {
		this.jdbc = jdbc;
		this.diary = diary;
		this.foods = foods;
	}

	@Transactional(readOnly = true)
	Summary summary(UUID accountId, LocalDate from, LocalDate to) {
		this.diary.checkRange(accountId, from, to, MAX_RANGE_DAYS);
		List<DayTotals> days = dayTotals(accountId, from, to);
		Intake sum = Intake.NOTHING;
		for (DayTotals day : days) {
			sum = sum.plus(day.totals());
		}
		Intake averages = days.isEmpty() ? Intake.NOTHING : sum.times(1d / days.size());
		LocalDate today = this.diary.today(accountId);
		List<LocalDate> lastWeek = dayTotals(accountId, today.minusDays(6), today).stream()
			.map(DayTotals::date)
			.toList();
		return new Summary(from, to, days, days.size(), averages,
				new Adherence(lastWeek.size(), 7, today.minusDays(6), lastWeek));
	}

	List<DayTotals> dayTotals(UUID accountId, LocalDate from, LocalDate to) {
		return this.jdbc.query("select entry_date, count(*) entries, sum(kcal) kcal, sum(protein_g) protein_g, "
				+ "sum(fat_g) fat_g, sum(carbs_g) carbs_g, sum(fiber_g) fiber_g, sum(sugars_g) sugars_g, "
				+ "sum(sodium_mg) sodium_mg from nutrition_diary_entry where account_id = ? and entry_date between ? and ? "
				+ "group by entry_date order by entry_date",
				(row, n) -> new DayTotals(row.getObject("entry_date", LocalDate.class), row.getInt("entries"),
						new Intake(d(row, "kcal"), d(row, "protein_g"), d(row, "fat_g"), d(row, "carbs_g"),
								d(row, "fiber_g"), d(row, "sugars_g"), d(row, "sodium_mg"))),
				accountId, from, to);
	}

	@Transactional(readOnly = true)
	List<QuickFood> recentFoods(UUID accountId, Language language) {
		return quickFoods(accountId, language,
				"select food_id, count(*) times from nutrition_diary_entry "
						+ "where account_id = ? group by food_id order by max(created_at) desc limit " + QUICK_FOODS,
				accountId);
	}

	@Transactional(readOnly = true)
	List<QuickFood> frequentFoods(UUID accountId, Language language) {
		LocalDate since = this.diary.today(accountId).minusDays(90);
		return quickFoods(accountId, language,
				"select food_id, count(*) times from nutrition_diary_entry "
						+ "where account_id = ? and entry_date >= ? group by food_id "
						+ "order by count(*) desc, max(created_at) desc limit " + QUICK_FOODS,
				accountId, since);
	}

	private List<QuickFood> quickFoods(UUID accountId, Language language, String sql, Object... params) {
		Map<UUID, Long> times = new HashMap<>();
		List<UUID> order = new ArrayList<>();
		this.jdbc.query(sql, (RowCallbackHandler) row -> {
			UUID foodId = row.getObject("food_id", UUID.class);
			order.add(foodId);
			times.put(foodId, row.getLong("times"));
		}, params);
		Map<UUID, Food> found = new HashMap<>();
		this.foods.findAllById(order).forEach(food -> found.put(food.getId(), food));
		List<QuickFood> quick = new ArrayList<>();
		for (UUID foodId : order) {
			Food food = found.get(foodId);
			if (food != null && food.visibleTo(accountId)) {
				quick.add(new QuickFood(food.view(language), times.get(foodId)));
			}
		}
		return quick;
	}

	private static @Nullable Double d(ResultSet row, String column) throws SQLException {
		double value = row.getDouble(column);
		return row.wasNull() ? null : Nutrients.round(value);
	}

}
