package app.vitalia.nutrition.importing;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import app.vitalia.nutrition.catalog.ImportedFood;
import app.vitalia.nutrition.catalog.Portion;
import app.vitalia.nutrition.catalog.SpanishNames;
import app.vitalia.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FoodReadersTests {

	static final Path SR28 = Path.of("src/test/resources/nutrition/sr28-mini");

	static final Path FDC_CSV = Path.of("src/test/resources/nutrition/fdc-csv-mini");

	final SpanishNames spanish = new SpanishNames();

	@Test
	void readsSr28FilesKeepingMissingNutrientsNull() throws Exception {
		Sr28Reader.Result result = new Sr28Reader(this.spanish).read(FoodFiles.directory(SR28));
		Map<String, ImportedFood> foods = result.foods()
			.stream()
			.collect(Collectors.toMap(ImportedFood::sourceId, Function.identity()));
		assertThat(foods).hasSize(3);
		ImportedFood apple = foods.get("09003");
		assertThat(apple.nameEn()).isEqualTo("Apples, raw, with skin");
		assertThat(apple.nameEs()).isEqualTo("Manzana cruda con piel");
		assertThat(apple.foodGroup()).isEqualTo("Fruits and Fruit Juices");
		assertThat(apple.per100g().kcal()).isEqualTo(52d);
		assertThat(apple.per100g().sugarsG()).isEqualTo(10.39);
		assertThat(apple.per100g().saturatedFatG()).isNull();
		assertThat(apple.portions()).extracting(Portion::labelEn, Portion::grams)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1 cup, quartered or chopped", 125d),
					org.assertj.core.groups.Tuple.tuple("1 medium (3\" dia)", 182d));
		assertThat(apple.searchText()).contains("manzana", "apples");
		ImportedFood butter = foods.get("01001");
		assertThat(butter.per100g().fiberG()).isNull();
		assertThat(butter.per100g().sodiumMg()).isEqualTo(643d);
		assertThat(foods.get("09999").nameEn()).isEqualTo("Vitalia test fruit, grandma\u2019s recipe");
		assertThat(result.rowsRead()).isEqualTo(2 + 3 + 13 + 4);
	}

	@Test
	void namesCommonUsdaFoodsInSpanishAndGivesEveryFoodSpanishSearchWords() {
		assertThat(this.spanish.size()).isGreaterThan(250);
		assertThat(this.spanish.nameFor("05062")).isEqualTo("Pechuga de pollo sin piel cruda");
		assertThat(this.spanish.termsFor("Fish, salmon, Atlantic, wild, raw")).isEqualTo("pescado salmon");
		assertThat(this.spanish.termsFor("Apples, dried, sulfured, uncooked")).isEqualTo("manzana");
		assertThat(this.spanish.termsFor("Unknown thing, raw")).isNull();
	}

	@Test
	void aLineWithTheWrongNumberOfFieldsIsAnUnprocessableLayout() {
		assertThatThrownBy(() -> new Sr28Reader(this.spanish)
			.read(FoodFiles.directory(Path.of("src/test/resources/nutrition/sr28-broken"))))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
				assertThat(ex.getMessage()).contains("NUT_DATA.txt line 2");
			});
	}

	@Test
	void aMissingFileIsNamed() {
		assertThatThrownBy(() -> new Sr28Reader(this.spanish).read(FoodFiles.directory(FDC_CSV)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.getMessage()).contains("FD_GROUP.txt"));
	}

	@Test
	void readsTheFoodDataCentralCsvLayout() throws Exception {
		Sr28Reader.Result result = new FdcCsvReader(this.spanish).read(FoodFiles.directory(FDC_CSV));
		Map<String, ImportedFood> foods = result.foods()
			.stream()
			.collect(Collectors.toMap(ImportedFood::sourceId, Function.identity()));
		ImportedFood broccoli = foods.get("747447");
		assertThat(broccoli.nameEn()).isEqualTo("Broccoli, raw");
		assertThat(broccoli.foodGroup()).isEqualTo("Vegetables and Vegetable Products");
		// Foundation foods carry energy as Atwater factors, not nutrient 208
		assertThat(broccoli.per100g().kcal()).isEqualTo(39d);
		assertThat(broccoli.per100g().sodiumMg()).isEqualTo(36d);
		assertThat(broccoli.per100g().fiberG()).isNull();
		assertThat(broccoli.portions()).extracting(Portion::labelEn).containsExactly("1 cup chopped", "1 stalk");
		assertThat(broccoli.searchText()).contains("brocoli");
		assertThat(foods.get("2344719").nameEn()).isEqualTo("Lentils, dry, \"green\"");
		assertThat(foods.get("2344719").per100g().kcal()).isEqualTo(339d);
	}

}
