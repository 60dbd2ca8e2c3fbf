package app.vitalia.nutrition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.members.MemberId;
import app.vitalia.members.MemberProfiles;
import app.vitalia.members.Targets;
import app.vitalia.nutrition.DiaryViews.DayView;
import app.vitalia.nutrition.DiaryViews.EntryView;
import app.vitalia.nutrition.DiaryViews.MealView;
import app.vitalia.nutrition.DiaryViews.Remaining;
import app.vitalia.nutrition.catalog.Language;
import app.vitalia.nutrition.catalog.Nutrients;
import app.vitalia.nutrition.catalog.Portion;
import app.vitalia.nutrition.outbox.FoodLogOutbox;
import app.vitalia.nutrition.undo.DeletedEntries;
import app.vitalia.platform.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' food diaries. Dates are the member's local days (their profile's time
 * zone); a date more than {@value #MAX_YEARS_BACK} years back or {@value #MAX_DAYS_AHEAD}
 * days ahead of their today is refused.
 */
@Service
class FoodDiary {

	static final int MAX_YEARS_BACK = 5;

	static final int MAX_DAYS_AHEAD = 366;

	private final DiaryEntryRepository entries;

	private final FoodCatalog catalog;

	private final MemberProfiles profiles;

	private final FoodLogOutbox outbox;

	private final DeletedEntries deleted;

	private final Clock clock;

	FoodDiary(DiaryEntryRepository entries, FoodCatalog catalog, MemberProfiles profiles, FoodLogOutbox outbox,
			DeletedEntries deleted, Clock clock) {
		this.entries = entries;
		this.catalog = catalog;
		this.profiles = profiles;
		this.outbox = outbox;
		this.deleted = deleted;
		this.clock = clock;
	}

	/** How much of a food: grams, or a quantity of one of the food's portions. */
	record Amount(@Nullable Double grams, @Nullable String portionLabel, @Nullable Integer portionIndex,
			@Nullable Double quantity) {

		double gramsOf(Food food) {
			Portion portion = portionOf(food);
			if (portion == null) {
				return this.grams;
			}
			double count = this.quantity == null ? 1 : this.quantity;
			return Nutrients.round(portion.grams() * count);
		}

		/** The portion chosen, null when the amount is in grams. */
		@Nullable Portion portionOf(Food food) {
			if (this.grams != null) {
				return null;
			}
			List<Portion> portions = food.getPortions();
			Portion portion;
			if (this.portionIndex != null) {
				if (this.portionIndex < 0 || this.portionIndex >= portions.size()) {
					throw DomainException.invalid("portionIndex", "UNKNOWN_PORTION",
							"The food has " + portions.size() + " portions");
				}
				portion = portions.get(this.portionIndex);
			}
			else if (this.portionLabel != null) {
				portion = portions.stream()
					.filter(candidate -> candidate.matches(this.portionLabel))
					.findFirst()
					.orElseThrow(() -> DomainException.invalid("portionLabel", "UNKNOWN_PORTION",
							"The food has no portion '" + this.portionLabel + "'"));
			}
			else {
				throw DomainException.invalid("grams", "AMOUNT_REQUIRED",
						"Give grams, or a portion (portionLabel or portionIndex) and a quantity");
			}
			return portion;
		}

	}

	@Transactional
	EntryView log(UUID accountId, LocalDate date, Meal meal, UUID foodId, Amount amount, Language language) {
		return log(accountId, date, meal, foodId, amount, language, EntrySource.MANUAL);
	}

	@Transactional
	EntryView log(UUID accountId, LocalDate date, Meal meal, UUID foodId, Amount amount, Language language,
			EntrySource source) {
		checkDate(accountId, date, "date");
		Food food = this.catalog.visible(foodId, accountId);
		double grams = amount.gramsOf(food);
		if (grams <= 0 || grams > 10_000) {
			throw DomainException.invalid("grams", "GRAMS_OUT_OF_RANGE",
					"The amount must be above 0 and at most 10 kg");
		}
		DiaryEntry entry = this.entries.save(
				DiaryEntry
					.of(accountId, date, meal, food, grams, amount.portionOf(food), amount.quantity(), language,
							this.clock.instant())
					.from(source));
		published(entry);
		return EntryView.of(entry, language);
	}

	@Transactional
	EntryView change(UUID accountId, UUID entryId, @Nullable LocalDate date, @Nullable Meal meal,
			@Nullable Double grams, @Nullable Double quantity, Language language) {
		DiaryEntry entry = own(accountId, entryId);
		if (date != null) {
			checkDate(accountId, date, "date");
		}
		entry.moveTo(date != null ? date : entry.getDate(), meal != null ? meal : entry.getMeal());
		if (grams != null && quantity != null) {
			throw DomainException.invalid("quantity", "GRAMS_OR_QUANTITY", "Give grams or a quantity, not both");
		}
		if (grams != null) {
			entry.changeGrams(grams);
		}
		if (quantity != null && !entry.changeQuantity(quantity)) {
			throw DomainException.invalid("quantity", "NO_PORTION",
					"The entry was logged in grams: change its grams instead");
		}
		return EntryView.of(entry, language);
	}

	/**
	 * Deletes the entry, keeping it for {@link DeletedEntries#UNDO_WINDOW} for
	 * {@link #restore}.
	 */
	@Transactional
	void delete(UUID accountId, UUID entryId) {
		DiaryEntry entry = own(accountId, entryId);
		this.deleted.keep(accountId, entryId);
		this.entries.delete(entry);
	}

	/**
	 * Brings back an entry the member deleted in the last
	 * {@link DeletedEntries#UNDO_WINDOW}, exactly as it was (the food as logged then,
	 * even if it has changed or gone since).
	 */
	@Transactional
	EntryView restore(UUID accountId, UUID entryId, Language language) {
		if (!this.deleted.bringBack(accountId, entryId)) {
			throw new DomainException(DomainException.Kind.NOT_FOUND, "DELETED_ENTRY_NOT_FOUND",
					"There is no deleted entry to bring back: it is back already, or it was deleted more than "
							+ DeletedEntries.UNDO_WINDOW.toMinutes() + " minutes ago");
		}
		return EntryView.of(own(accountId, entryId), language);
	}

	@Transactional
	List<EntryView> copy(UUID accountId, LocalDate from, LocalDate to, @Nullable Meal meal, Language language) {
		checkDate(accountId, from, "fromDate");
		checkDate(accountId, to, "toDate");
		if (from.equals(to) && meal == null) {
			throw DomainException.invalid("toDate", "SAME_DAY", "Copying a whole day onto itself would double it");
		}
		List<EntryView> copies = new ArrayList<>();
		for (DiaryEntry entry : this.entries.findByAccountIdAndDateOrderByCreatedAtAscIdAsc(accountId, from)) {
			if (meal == null || entry.getMeal() == meal) {
				DiaryEntry copy = this.entries.save(entry.copyTo(to, this.clock.instant()));
				published(copy);
				copies.add(EntryView.of(copy, language));
			}
		}
		return copies;
	}

	@Transactional(readOnly = true)
	DayView day(UUID accountId, LocalDate date, Language language) {
		checkDate(accountId, date, "date");
		Map<Meal, List<EntryView>> byMeal = new EnumMap<>(Meal.class);
		Map<Meal, Intake> mealTotals = new EnumMap<>(Meal.class);
		for (Meal meal : Meal.values()) {
			byMeal.put(meal, new ArrayList<>());
			mealTotals.put(meal, Intake.NOTHING);
		}
		Intake totals = Intake.NOTHING;
		for (DiaryEntry entry : this.entries.findByAccountIdAndDateOrderByCreatedAtAscIdAsc(accountId, date)) {
			byMeal.get(entry.getMeal()).add(EntryView.of(entry, language));
			mealTotals.merge(entry.getMeal(), entry.intake(), Intake::plus);
			totals = totals.plus(entry.intake());
		}
		List<MealView> meals = new ArrayList<>();
		for (Meal meal : Meal.values()) {
			meals.add(new MealView(meal, byMeal.get(meal), mealTotals.get(meal)));
		}
		Targets targets = this.profiles.targetsOf(MemberId.of(accountId)).orElse(null);
		Remaining remaining = targets == null ? null : Remaining.of(targets, totals);
		return new DayView(date, meals, totals, targets, remaining);
	}

	LocalDate today(UUID accountId) {
		return LocalDate.now(this.clock.withZone(this.profiles.zoneOf(MemberId.of(accountId))));
	}

	void checkDate(UUID accountId, LocalDate date, String field) {
		// every time zone's today is within a day of UTC's: a date in range on both of
		// those
		// days is in range on the member's, whose profile then need not be read
		LocalDate utcToday = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		if (inRange(date, utcToday.minusDays(1)) && inRange(date, utcToday.plusDays(1))) {
			return;
		}
		if (!inRange(date, today(accountId))) {
			throw DomainException.invalid(field, "DATE_OUT_OF_RANGE", "The date must be within " + MAX_YEARS_BACK
					+ " years before and " + MAX_DAYS_AHEAD + " days after today");
		}
	}

	private static boolean inRange(LocalDate date, LocalDate today) {
		return !date.isBefore(today.minusYears(MAX_YEARS_BACK)) && !date.isAfter(today.plusDays(MAX_DAYS_AHEAD));
	}

	void checkRange(UUID accountId, LocalDate from, LocalDate to, int maxDays) {
		checkDate(accountId, from, "from");
		checkDate(accountId, to, "to");
		if (to.isBefore(from)) {
			throw DomainException.invalid("to", "RANGE_REVERSED", "'to' must not be before 'from'");
		}
		if (ChronoUnit.DAYS.between(from, to) >= maxDays) {
			throw DomainException.invalid("to", "RANGE_TOO_LONG", "A range covers at most " + maxDays + " days");
		}
	}

	private DiaryEntry own(UUID accountId, UUID entryId) {
		return this.entries.findById(entryId)
			.filter(entry -> entry.belongsTo(accountId))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "DIARY_ENTRY_NOT_FOUND",
					"The diary entry was not found"));
	}

	private void published(DiaryEntry entry) {
		this.outbox.add(new FoodLogged(MemberId.of(entry.getAccountId()), DiaryEntryId.of(entry.getId()),
				entry.getDate(), entry.getMeal(), FoodId.of(entry.getFoodId()), entry.intake().kcal()));
	}

}
