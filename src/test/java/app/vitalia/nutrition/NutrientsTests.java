package app.vitalia.nutrition;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import app.vitalia.nutrition.catalog.Language;
import app.vitalia.nutrition.catalog.Nutrients;
import app.vitalia.nutrition.catalog.SearchText;
import app.vitalia.nutrition.importing.CsvLine;

class NutrientsTests {

	static Nutrients apple() {
		return new Nutrients(52d, 0.26, 0.17, 13.81, 2.4, null, 1d, null, null, null, null, null, null);
	}

	@Test
	void scalesPer100GramsToTheAmountEatenAndKeepsUnknownsUnknown() {
		Nutrients portion = apple().forGrams(182);
		assertThat(portion.kcal()).isEqualTo(94.64);
		assertThat(portion.carbsG()).isEqualTo(25.134);
		assertThat(portion.sugarsG()).isNull();
	}

	@Test
	void aSumWithAnUnknownIsUnknownButDiaryTotalsAddWhatIsKnown() {
		Nutrients withSugar = new Nutrients(10d, 1d, 1d, 1d, 1d, 2d, 1d, null, null, null, null, null, null);
		assertThat(apple().plus(withSugar).sugarsG()).isNull();
		assertThat(apple().plus(withSugar).kcal()).isEqualTo(62d);
		Intake day = Intake.of(apple()).plus(Intake.of(withSugar));
		assertThat(day.sugarsG()).isEqualTo(2d);
		assertThat(Intake.NOTHING.plus(Intake.NOTHING).kcal()).isNull();
	}

	@Test
	void countsTheKnownValues() {
		assertThat(apple().known()).isEqualTo(6);
		assertThat(Nutrients.UNKNOWN.known()).isZero();
	}

	@Test
	void normalizesNamesForAccentAndCaseInsensitiveSearch() {
		assertThat(SearchText.normalize("Plátano, CRUDO (maduro)")).isEqualTo("platano crudo maduro");
		assertThat(SearchText.of("Piña", null, "Pineapple")).isEqualTo("pina pineapple");
	}

	@Test
	void splitsQuotedCsvFields() {
		assertThat(CsvLine.split("\"1\",\"Lentils, dry, \"\"green\"\"\",,x"))
			.isEqualTo(List.of("1", "Lentils, dry, \"green\"", "", "x"));
	}

	@Test
	void picksTheCallersLanguageSpanishByDefault() {
		assertThat(Language.fromHeader("en-GB,en;q=0.9")).isEqualTo(Language.EN);
		assertThat(Language.fromHeader("fr-FR, es;q=0.5")).isEqualTo(Language.ES);
		assertThat(Language.fromHeader(null)).isEqualTo(Language.ES);
		assertThat(Language.fromHeader("not a ;; header")).isEqualTo(Language.ES);
		assertThat(Language.EN.pick("Manzana", "Apple")).isEqualTo("Apple");
		assertThat(Language.ES.pick(null, "Apple")).isEqualTo("Apple");
	}

}
