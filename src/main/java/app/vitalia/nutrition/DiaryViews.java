package app.vitalia.nutrition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.members.Targets;
import app.vitalia.nutrition.catalog.FoodView;
import app.vitalia.nutrition.catalog.Language;
import app.vitalia.nutrition.catalog.Nutrients;
import app.vitalia.nutrition.catalog.Portion;

/**
 * The diary as the API shows it.
 */
final class DiaryViews {

	private DiaryViews() {
	}

	/**
	 * An entry with the food's name in the viewer's language; {@code portion} is what the
	 * member chose ("2 × 1 large"), null when they logged grams.
	 */
	record EntryView(UUID id, LocalDate date, Meal meal, UUID foodId, String foodName, double grams,
			@Nullable ChosenPortion portion, Intake nutrients, EntrySource source) {

		static EntryView of(DiaryEntry entry, Language language) {
			Portion portion = entry.portion();
			Double quantity = entry.portionQuantity();
			return new EntryView(entry.getId(), entry.getDate(), entry.getMeal(), entry.getFoodId(),
					entry.foodName(language), entry.getGrams(),
					portion == null || quantity == null ? null
							: new ChosenPortion(portion.label(language), quantity, portion.grams()),
					entry.intake(), entry.getSource());
		}

	}

	/**
	 * {@code quantity} of the portion called {@code label}, which weighs {@code grams}.
	 */
	record ChosenPortion(String label, double quantity, double grams) {
	}

	record MealView(Meal meal, List<EntryView> entries, Intake totals) {
	}

	/** What is left of the targets today; negative when the member went over. */
	record Remaining(double kcal, double proteinG, double fatG, double carbsG) {

		static Remaining of(Targets targets, Intake totals) {
			return new Remaining(Nutrients.round(targets.calories() - zero(totals.kcal())),
					Nutrients.round(targets.proteinG() - zero(totals.proteinG())),
					Nutrients.round(targets.fatG() - zero(totals.fatG())),
					Nutrients.round(targets.carbsG() - zero(totals.carbsG())));
		}

		private static double zero(@Nullable Double value) {
			return value == null ? 0 : value;
		}

	}

	record DayView(LocalDate date, List<MealView> meals, Intake totals, @Nullable Targets targets,
			@Nullable Remaining remaining) {
	}

	record DayTotals(LocalDate date, int entries, Intake totals) {
	}

	/**
	 * How many of the {@code ofDays} days from {@code from} the member logged anything,
	 * and which.
	 */
	record Adherence(int daysLogged, int ofDays, LocalDate from, List<LocalDate> loggedDates) {
	}

	record Summary(LocalDate from, LocalDate to, List<DayTotals> days, int daysLogged, Intake averages,
			Adherence last7Days) {
	}

	record QuickFood(FoodView food, long timesLogged) {
	}

}
