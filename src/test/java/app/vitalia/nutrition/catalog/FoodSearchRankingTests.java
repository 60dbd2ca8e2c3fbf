package app.vitalia.nutrition.catalog;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FoodSearchRankingTests {

	@Autowired
	FoodSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void ranksNamesStartingWithTheQueryFirstAndToleratesAccentsAndCase() {
		UUID viewer = UUID.randomUUID();
		assertThat(this.search.search("Leche", viewer, Language.ES, 0, 5).content()).first()
			.satisfies(food -> assertThat(food.name()).startsWith("Leche"));
		assertThat(this.search.search("ESPINACAS", viewer, Language.ES, 0, 5).content()).extracting(FoodView::name)
			.contains("Espinacas");
		assertThat(this.search.search("garbanz", viewer, Language.EN, 0, 5).content()).extracting(FoodView::name)
			.contains("Cooked chickpeas");
		assertThat(this.search.search("chicken breast", viewer, Language.EN, 0, 5).content()).first()
			.satisfies(food -> assertThat(food.name()).isEqualTo("Chicken breast"));
	}

	@Test
	void toleratesTypos() {
		UUID viewer = UUID.randomUUID();
		assertThat(this.search.search("espinacs", viewer, Language.ES, 0, 5).content()).extracting(FoodView::name)
			.contains("Espinacas");
		assertThat(this.search.search("chiken brest", viewer, Language.EN, 0, 5).content()).first()
			.satisfies(food -> assertThat(food.name()).isEqualTo("Chicken breast"));
		assertThat(this.search.search("brocoli", viewer, Language.ES, 0, 5).content()).extracting(FoodView::name)
			.contains("Brócoli");
	}

	@Test
	void seesFoodsAnotherInstanceAddedAtItsNextCheck() {
		UUID viewer = UUID.randomUUID();
		assertThat(this.search.search("leche", viewer, Language.ES, 0, 1).totalElements()).isPositive();
		String name = "Quesadilla de huitlacoche " + UUID.randomUUID().toString().substring(0, 8);
		// written behind this instance's back, as another instance's import would
		this.jdbc.update(
				"insert into nutrition_food (id, source, source_id, name_es, search_text, kcal, updated_at)"
						+ " values (?, 'FDC', ?, ?, ?, 210, current_timestamp)",
				UUID.randomUUID(), name, name, SearchText.normalize(name));
		assertThat(this.search.search("huitlacoche", viewer, Language.ES, 0, 5).content()).isEmpty();

		this.search.refreshIfChanged();

		assertThat(this.search.search("huitlacoche", viewer, Language.ES, 0, 5).content()).extracting(FoodView::name)
			.containsExactly(name);
	}

}
