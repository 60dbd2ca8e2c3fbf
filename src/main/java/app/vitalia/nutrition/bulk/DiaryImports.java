package app.vitalia.nutrition.bulk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import app.vitalia.nutrition.Meal;

/**
 * Writes diary entries straight into nutrition's tables in batches, for demo and
 * load-test data: no events, no points, no checks beyond the database's.
 */
public interface DiaryImports {

	/** {@code grams} of a catalog food eaten at {@code meal} on {@code date}. */
	record ImportedEntry(UUID accountId, LocalDate date, Meal meal, UUID foodId, double grams) {
	}

	/** Up to {@code limit} public catalog foods with nutrients, always the same ones. */
	List<UUID> publicFoods(int limit);

	/**
	 * Writes the entries with their nutrients computed from each food; returns how many.
	 */
	int importEntries(List<ImportedEntry> entries);

}
