package app.vitalia.nutrition;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FoodSearchRankingTests {

	@Autowired
	FoodSearch search;

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
	void toleratesTyposThroughTrigramSimilarityOnPostgresOnly() {
		UUID viewer = UUID.randomUUID();
		FoodPage typo = this.search.search("espinacs", viewer, Language.ES, 0, 5);
		if (this.search.typoTolerant()) {
			assertThat(typo.content()).extracting(FoodView::name).contains("Espinacas");
		}
		else {
			assertThat(typo.content()).isEmpty();
		}
		assertThat(this.search.search("brocoli", viewer, Language.ES, 0, 5).content()).extracting(FoodView::name)
			.contains("Brócoli");
	}

}
