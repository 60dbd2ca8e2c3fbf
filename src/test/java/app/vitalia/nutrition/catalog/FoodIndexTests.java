package app.vitalia.nutrition.catalog;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoodIndexTests {

	private static FoodIndex.Entry food(String name, boolean starter) {
		FoodView view = new FoodView(UUID.randomUUID(), name, name, name, FoodSource.SR28, null,
				new Nutrients(1d, null, null, null, null, null, null, null, null, null, null, null, null), List.of(),
				null);
		String text = SearchText.normalize(name);
		return new FoodIndex.Entry(view.id(), text, text, text, starter, view, view);
	}

	private static final FoodIndex INDEX = new FoodIndex(List.of(food("Apples, raw, with skin", false),
			food("Pineapple, raw", false), food("Apple juice, canned", false), food("Apple", true),
			food("Applesauce, canned, unsweetened", false), food("Chicken, breast, roasted", false),
			food("Chickpeas, mature seeds, cooked", false), food("Spinach, raw", false),
			food("Mammy-apple, (mamey), raw", false)));

	private static List<String> names(String query) {
		return INDEX.search(SearchText.normalize(query)).stream().map(hit -> hit.entry().spanish().name()).toList();
	}

	@Test
	void matchesEveryQueryWordAsAWordPrefixAndRanksExactStarterAndShortNamesFirst() {
		assertThat(names("apple")).containsExactly("Apple", "Apple juice, canned", "Apples, raw, with skin",
				"Applesauce, canned, unsweetened", "Mammy-apple, (mamey), raw");
		assertThat(names("apple raw")).as("a plural is an exact match; names leading with the food first")
			.containsExactly("Apples, raw, with skin", "Mammy-apple, (mamey), raw");
		assertThat(names("raw app")).containsExactly("Apples, raw, with skin", "Mammy-apple, (mamey), raw");
		assertThat(names("chick")).containsExactly("Chicken, breast, roasted", "Chickpeas, mature seeds, cooked");
		assertThat(names("pple")).isEmpty();
		assertThat(names("")).hasSize(9);
	}

	@Test
	void toleratesOneTypoFromFourLettersAndTwoFromEightBelowExactMatches() {
		assertThat(names("spinahc")).containsExactly("Spinach, raw");
		assertThat(names("chikcen braest")).containsExactly("Chicken, breast, roasted");
		assertThat(names("applse")).containsExactly("Apple", "Apple juice, canned", "Apples, raw, with skin",
				"Mammy-apple, (mamey), raw", "Applesauce, canned, unsweetened");
		assertThat(names("spx")).isEmpty();
		assertThat(names("xpinach")).as("the first letter must be right").isEmpty();
		assertThat(names("chickpeeeee")).as("three mistakes are too many").isEmpty();
	}

	@Test
	void measuresTheDistanceToTheClosestPrefix() {
		int[][] rows = new int[3][20];
		assertThat(FoodIndex.withinEditsOfAPrefix("espinacs", "espinacas", 1, rows)).isTrue();
		assertThat(FoodIndex.withinEditsOfAPrefix("brocoli", "broccoli", 1, rows)).isTrue();
		assertThat(FoodIndex.withinEditsOfAPrefix("tomaot", "tomato", 1, rows)).isTrue();
		assertThat(FoodIndex.withinEditsOfAPrefix("tomaot", "potato", 1, rows)).isFalse();
		assertThat(FoodIndex.withinEditsOfAPrefix("lechuga", "leche", 1, rows)).isFalse();
	}

}
