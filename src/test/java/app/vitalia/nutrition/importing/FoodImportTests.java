package app.vitalia.nutrition.importing;

import java.nio.file.Path;

import app.vitalia.nutrition.catalog.ImportSummary;
import app.vitalia.platform.DomainException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FoodImportTests {

	static final DataSetImport.Progress QUIET = new DataSetImport.Progress() {
		@Override
		public void total(long foods) {
		}

		@Override
		public void done(long foods) {
		}
	};

	@Autowired
	DataSetImport importer;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void reImportingUpdatesInsteadOfDuplicating() {
		ImportSummary first = this.importer.run(FoodFiles.directory(FoodReadersTests.SR28), ImportFormat.SR28, QUIET);
		assertThat(first.foods()).isEqualTo(3);
		assertThat(first.nutrientValues()).isEqualTo(13);
		assertThat(first.portions()).isEqualTo(4);
		String appleId = appleId();

		ImportSummary again = this.importer.run(FoodFiles.directory(FoodReadersTests.SR28), ImportFormat.SR28, QUIET);
		assertThat(again.inserted()).isZero();
		assertThat(again.updated()).isEqualTo(3);
		assertThat(appleId()).isEqualTo(appleId);
		assertThat(count("select count(*) from nutrition_food where source = 'SR28' and source_id = '09003'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from nutrition_food_portion p join nutrition_food f on f.id = p.food_id "
				+ "where f.source = 'SR28' and f.source_id = '09003'"))
			.isEqualTo(2);
		assertThat(count("select count(*) from nutrition_food where source = 'SR28' and source_id = '01001' "
				+ "and fiber_g is null and kcal = 717"))
			.isEqualTo(1);
	}

	@Test
	void importsTheFoodDataCentralCsvLayout() {
		ImportSummary summary = this.importer.run(FoodFiles.directory(FoodReadersTests.FDC_CSV), ImportFormat.FDC_CSV,
				QUIET);
		assertThat(summary.foods()).isEqualTo(2);
		assertThat(count("select count(*) from nutrition_food where source = 'FDC' and source_id = '747447'"))
			.isEqualTo(1);
	}

	@Test
	void aBrokenDataSetWritesNothing() {
		assertThatThrownBy(() -> this.importer
			.run(FoodFiles.directory(Path.of("src/test/resources/nutrition/sr28-broken")), ImportFormat.SR28, QUIET))
			.isInstanceOf(DomainException.class);
		assertThat(count("select count(*) from nutrition_food where source = 'SR28' and source_id = '09998'")).isZero();
	}

	@Test
	void theStarterCatalogIsLoadedAtStartup() {
		assertThat(count("select count(*) from nutrition_food where source = 'STARTER'")).isBetween(150L, 250L);
		assertThat(count("select count(*) from nutrition_food where source = 'STARTER' and name_es is not null "
				+ "and name_en is not null and kcal is not null"))
			.isEqualTo(count("select count(*) from nutrition_food where source = 'STARTER'"));
	}

	private String appleId() {
		return this.jdbc.queryForObject(
				"select cast(id as varchar(36)) from nutrition_food where source = 'SR28' and source_id = '09003'",
				String.class);
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return count == null ? 0 : count;
	}

}
