package app.vitalia.nutrition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.nutrition.DiaryViews.EntryView;
import app.vitalia.nutrition.catalog.Language;
import app.vitalia.platform.CsvExport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member's diary entries over a range, for download as CSV or JSON.
 */
@Component
class DiaryExport {

	static final List<String> COLUMNS = List.of("date", "meal", "food", "portion", "quantity", "grams", "kcal",
			"protein", "fat", "carbs", "fiber", "sugars", "sodium");

	private final DiaryEntryRepository entries;

	private final FoodDiary diary;

	private final MessageSource messages;

	DiaryExport(DiaryEntryRepository entries, FoodDiary diary, MessageSource messages) {
		this.entries = entries;
		this.diary = diary;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	List<EntryView> entries(UUID accountId, LocalDate from, LocalDate to, Language language) {
		this.diary.checkRange(accountId, from, to, DiaryReports.MAX_RANGE_DAYS);
		return this.entries.findByAccountIdAndDateBetweenOrderByDateAscCreatedAtAscIdAsc(accountId, from, to)
			.stream()
			.map(entry -> EntryView.of(entry, language))
			.toList();
	}

	/**
	 * Writes the entries as CSV (the platform's rules: RFC 4180, formula cells
	 * neutralised), headers and meal names in {@code language}, values rounded as the
	 * diary shows them, and a total row after each day.
	 */
	void writeCsv(List<EntryView> entries, CsvExport csv, Language language) {
		Locale locale = Locale.forLanguageTag(language.name().toLowerCase(Locale.ROOT));
		csv.row(COLUMNS.stream().map(c -> text("nutrition.csv.column." + c, locale)).toList());
		String dayTotal = text("nutrition.csv.dayTotal", locale);
		double[] totals = new double[8];
		LocalDate day = null;
		for (EntryView entry : entries) {
			if (day != null && !day.equals(entry.date())) {
				totalRow(csv, day, dayTotal, totals);
			}
			day = entry.date();
			Intake n = entry.nutrients();
			double[] values = { entry.grams(), value(n.kcal()), value(n.proteinG()), value(n.fatG()), value(n.carbsG()),
					value(n.fiberG()), value(n.sugarsG()), value(n.sodiumMg()) };
			for (int i = 0; i < totals.length; i++) {
				totals[i] += values[i];
			}
			csv.row(entry.date(), text("nutrition.csv.meal." + entry.meal().name(), locale), entry.foodName(),
					entry.portion() == null ? null : entry.portion().label(),
					entry.portion() == null ? null : round(entry.portion().quantity(), 2), round(entry.grams(), 1),
					round(n.kcal(), 0), round(n.proteinG(), 1), round(n.fatG(), 1), round(n.carbsG(), 1),
					round(n.fiberG(), 1), round(n.sugarsG(), 1), round(n.sodiumMg(), 0));
		}
		if (day != null) {
			totalRow(csv, day, dayTotal, totals);
		}
	}

	private static void totalRow(CsvExport csv, LocalDate day, String label, double[] totals) {
		csv.row(day, label, null, null, null, round(totals[0], 1), round(totals[1], 0), round(totals[2], 1),
				round(totals[3], 1), round(totals[4], 1), round(totals[5], 1), round(totals[6], 1),
				round(totals[7], 0));
		java.util.Arrays.fill(totals, 0);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), locale);
	}

	private static double value(@Nullable Double value) {
		return value == null ? 0 : value;
	}

	private static @Nullable BigDecimal round(@Nullable Double value, int decimals) {
		if (value == null) {
			return null;
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
	}

}
