package app.vitalia.nutrition;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.nutrition.DiaryViews.EntryView;
import app.vitalia.nutrition.catalog.Language;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member's diary entries over a range, for download as CSV or JSON.
 */
@Component
class DiaryExport {

	static final String CSV_HEADER = "date,meal,food,portion,quantity,grams,kcal,protein_g,fat_g,carbs_g,fiber_g,sugars_g,sodium_mg";

	private final DiaryEntryRepository entries;

	private final FoodDiary diary;

	DiaryExport(DiaryEntryRepository entries, FoodDiary diary) {
		this.entries = entries;
		this.diary = diary;
	}

	@Transactional(readOnly = true)
	List<EntryView> entries(UUID accountId, LocalDate from, LocalDate to, Language language) {
		this.diary.checkRange(accountId, from, to, DiaryReports.MAX_RANGE_DAYS);
		return this.entries.findByAccountIdAndDateBetweenOrderByDateAscCreatedAtAscIdAsc(accountId, from, to)
			.stream()
			.map(entry -> EntryView.of(entry, language))
			.toList();
	}

	static void writeCsv(List<EntryView> entries, Writer out) throws IOException {
		out.write(CSV_HEADER);
		out.write("\r\n");
		for (EntryView entry : entries) {
			Intake n = entry.nutrients();
			out.write(String.join(",", entry.date().toString(), entry.meal().name(), quote(entry.foodName()),
					entry.portion() == null ? "" : quote(entry.portion().label()),
					entry.portion() == null ? "" : number(entry.portion().quantity()), number(entry.grams()),
					number(n.kcal()), number(n.proteinG()), number(n.fatG()), number(n.carbsG()), number(n.fiberG()),
					number(n.sugarsG()), number(n.sodiumMg())));
			out.write("\r\n");
		}
	}

	private static String quote(String text) {
		String safe = text;
		// a leading formula character would run as a formula in spreadsheets
		if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	private static String number(@Nullable Double value) {
		return value == null ? "" : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
