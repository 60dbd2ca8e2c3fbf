package app.vitalia.nutrition;

import java.io.IOException;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import app.vitalia.nutrition.catalog.FoodPage;
import app.vitalia.nutrition.catalog.FoodSearch;
import app.vitalia.nutrition.catalog.FoodSource;
import app.vitalia.nutrition.catalog.FoodView;
import app.vitalia.nutrition.catalog.Language;
import app.vitalia.nutrition.catalog.SearchText;
import app.vitalia.nutrition.remote.FdcStub;
import app.vitalia.nutrition.remote.RemoteFoods;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.CacheManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog on the zero-setup database (H2), with FoodData Central played by a local
 * stub.
 */
@SpringBootTest(properties = { "vitalia.test.database=h2", "vitalia.nutrition.fdc.api-key=test-key",
		"vitalia.http.clients.fdc.timeout=500ms", "vitalia.http.clients.fdc.first-backoff=10ms" })
class CatalogOnH2Tests {

	static final FdcStub FDC = start();

	@DynamicPropertySource
	static void fdc(DynamicPropertyRegistry registry) {
		registry.add("vitalia.nutrition.fdc.base-url", FDC::baseUrl);
	}

	@AfterAll
	static void stop() {
		FDC.close();
	}

	@Autowired
	FoodSearch search;

	@Autowired
	RemoteFoods remote;

	@Autowired
	CacheManager caches;

	@Autowired
	RemoteFoodsController remoteStatus;

	@Test
	void findsFoodsByEveryWordIgnoringAccentsWithNameMatchesFirst() {
		FoodPage page = this.search.search("PLÁTANO", UUID.randomUUID(), Language.ES, 0, 10);
		assertThat(page.content()).first().satisfies(food -> assertThat(food.name()).isEqualTo("Plátano"));
		assertThat(this.search.search("pechuga pollo", UUID.randomUUID(), Language.EN, 0, 10).content())
			.extracting(FoodView::name)
			.contains("Chicken breast", "Grilled chicken breast");
		assertThat(this.search.search("zzzz no such food", UUID.randomUUID(), Language.ES, 0, 10).totalElements())
			.isZero();
	}

	@Test
	void completesAnEmptyLocalSearchFromFoodDataCentralAndCachesTheAnswer() {
		UUID viewer = UUID.randomUUID();
		String query = "cheddar vitalia stub";
		FoodPage local = this.search.search(query, viewer, Language.ES, 0, 10);
		assertThat(local.totalElements()).isZero();
		int before = FDC.hits.get();

		FoodPage completed = this.remote.complete(local, query, viewer, Language.ES);
		assertThat(completed.remote()).isEqualTo(FoodPage.RemoteStatus.USED);
		assertThat(completed.content()).singleElement().satisfies(food -> {
			assertThat(food.source()).isEqualTo(FoodSource.FDC);
			assertThat(food.per100g().kcal()).isEqualTo(403d);
		});
		assertThat(this.search.search(query, viewer, Language.ES, 0, 10).totalElements()).isEqualTo(1);

		this.remote.complete(local, query, viewer, Language.ES);
		assertThat(FDC.hits.get()).isEqualTo(before + 1);
		RemoteFoodsController.RemoteSourceStatus status = this.remoteStatus.status();
		assertThat(status.configured()).isTrue();
		assertThat(status.quotaRemaining()).isLessThan(status.hourlyLimit())
			.isGreaterThanOrEqualTo(status.hourlyLimit() - (long) FDC.hits.get());
		// kept in Spring's cache (Redis when configured), so every instance reuses it
		assertThat(this.caches.getCache(RemoteFoods.CACHE).get(SearchText.normalize(query))).isNotNull();
	}

	@Test
	void fallsBackToTheLocalCatalogWhenFoodDataCentralFails() {
		UUID viewer = UUID.randomUUID();
		FoodPage local = this.search.search("nothing like this " + UUID.randomUUID(), viewer, Language.ES, 0, 10);
		FDC.then(503).then(503).then(503);
		FoodPage answer = this.remote.complete(local, "failing query", viewer, Language.ES);
		assertThat(answer.remote()).isEqualTo(FoodPage.RemoteStatus.UNAVAILABLE);
		assertThat(answer.content()).isEqualTo(local.content());
	}

	private static FdcStub start() {
		try {
			return new FdcStub();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
