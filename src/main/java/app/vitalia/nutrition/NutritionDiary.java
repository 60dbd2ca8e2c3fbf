package app.vitalia.nutrition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.nutrition.catalog.FoodPage;
import app.vitalia.nutrition.catalog.FoodSearch;
import app.vitalia.nutrition.catalog.FoodView;
import app.vitalia.nutrition.catalog.Language;
import app.vitalia.nutrition.remote.RemoteFoods;
import app.vitalia.nutrition.DiaryReports;
import app.vitalia.platform.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nutrition's API for other modules: finding a food for a name (the local catalog first,
 * then FoodData Central), writing several diary entries at once, and a member's daily
 * totals.
 */
@Service
public class NutritionDiary {

	private final FoodSearch search;

	private final RemoteFoods remote;

	private final FoodCatalog catalog;

	private final FoodDiary diary;

	private final DiaryReports reports;

	NutritionDiary(FoodSearch search, RemoteFoods remote, FoodCatalog catalog, FoodDiary diary, DiaryReports reports) {
		this.search = search;
		this.remote = remote;
		this.catalog = catalog;
		this.diary = diary;
		this.reports = reports;
	}

	/**
	 * The best food for a name in the local catalog, else from FoodData Central (when
	 * configured and reachable); empty when neither has one.
	 */
	public Optional<FoodMatch> findFood(String name, UUID memberId, Locale locale) {
		Language language = language(locale);
		FoodPage local = this.search.search(name, memberId, language, 0, 1);
		if (local.content().isEmpty()) {
			local = this.remote.complete(local, name, memberId, language);
		}
		return local.content().stream().findFirst().map(NutritionDiary::match);
	}

	/** A food the member may see, empty when there is none. */
	@Transactional(readOnly = true)
	public Optional<FoodMatch> food(UUID foodId, UUID memberId, Locale locale) {
		try {
			return Optional.of(match(this.catalog.view(foodId, memberId, language(locale))));
		}
		catch (DomainException notFound) {
			return Optional.empty();
		}
	}

	/** One entry to write: grams, or a count of one of the food's portions. */
	public record Item(UUID foodId, @Nullable Double grams, @Nullable String portion, @Nullable Double count) {
	}

	/**
	 * Writes every item to the member's diary, or none when any is refused.
	 * @return the new entries' ids, in order
	 * @throws DomainException 400/404 for the first item refused (a food the member may
	 * not see, an unknown portion, an amount out of range, a date out of range)
	 */
	@Transactional
	public List<UUID> logAll(UUID memberId, LocalDate date, Meal meal, List<Item> items, EntrySource source,
			Locale locale) {
		List<UUID> ids = new ArrayList<>();
		for (Item item : items) {
			FoodDiary.Amount amount = new FoodDiary.Amount(item.grams(), item.portion(), null, item.count());
			ids.add(this.diary.log(memberId, date, meal, item.foodId(), amount, language(locale), source).id());
		}
		return ids;
	}

	/** The member's days with entries between two dates (inclusive), in order. */
	@Transactional(readOnly = true)
	public List<DayIntake> dailyTotals(UUID memberId, LocalDate from, LocalDate to) {
		return this.reports.dayTotals(memberId, from, to)
			.stream()
			.map(day -> new DayIntake(day.date(), day.entries(), day.totals().kcal(), day.totals().proteinG(),
					day.totals().fatG(), day.totals().carbsG()))
			.toList();
	}

	private static Language language(Locale locale) {
		return Language.fromTag(locale.getLanguage()).orElse(Language.ES);
	}

	private static FoodMatch match(FoodView food) {
		return new FoodMatch(food.id(), food.name(),
				new FoodMatch.Macros(food.per100g().kcal(), food.per100g().proteinG(), food.per100g().fatG(),
						food.per100g().carbsG()),
				food.portions().stream().map(p -> new FoodMatch.PortionOption(p.label(), p.grams())).toList());
	}

}
