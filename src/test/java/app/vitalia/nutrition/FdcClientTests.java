package app.vitalia.nutrition;

import java.time.Duration;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FdcClientTests {

	FdcStub stub;

	@BeforeEach
	void start() throws Exception {
		this.stub = new FdcStub();
	}

	@AfterEach
	void stop() {
		this.stub.close();
	}

	FdcClient client(int hourlyLimit) {
		return new FdcClient(new FdcProperties("test-key", this.stub.baseUrl(), Duration.ofMillis(300), hourlyLimit, 3,
				Duration.ofMillis(10), Duration.ofMinutes(5), Duration.ofHours(24)));
	}

	@Test
	void readsSearchResultsWithFlatNutrients() {
		List<ImportedFood> foods = client(100).search("cheddar cheese", 25);
		assertThat(foods).hasSize(1);
		ImportedFood cheddar = foods.get(0);
		assertThat(cheddar.sourceId()).isEqualTo("328637");
		assertThat(cheddar.nameEn()).isEqualTo("Cheese, cheddar, vitalia stub");
		assertThat(cheddar.foodGroup()).isEqualTo("Dairy and Egg Products");
		assertThat(cheddar.per100g().kcal()).isEqualTo(403d);
		assertThat(cheddar.per100g().sodiumMg()).isZero();
		assertThat(cheddar.per100g().fiberG()).isNull();
		assertThat(this.stub.lastQuery).contains("query=cheddar+cheese", "api_key=test-key",
				"dataType=Foundation%2CSR+Legacy");
	}

	@Test
	void readsFoodDetailsWithNestedNutrientsAndPortions() {
		ImportedFood food = client(100).food(169901).orElseThrow();
		assertThat(food.per100g().kcal()).isEqualTo(239d);
		assertThat(food.per100g().fatG()).isNull();
		assertThat(food.foodGroup()).isEqualTo("Dairy and Egg Products");
		assertThat(food.portions()).containsExactly(new Portion("1 slice", null, 21d));
		assertThat(client(100).food(1)).isEmpty();
	}

	@Test
	void retriesServerErrorsWithBackoff() {
		this.stub.then(503).then(500);
		assertThat(client(100).search("cheddar", 25)).hasSize(1);
		assertThat(this.stub.hits).hasValue(3);
	}

	@Test
	void retriesTimeouts() {
		this.stub.thenSlow(1000);
		assertThat(client(100).search("cheddar", 25)).hasSize(1);
		assertThat(this.stub.hits).hasValue(2);
	}

	@Test
	void doesNotRetryWhenRateLimited() {
		this.stub.then(429);
		assertThatThrownBy(() -> client(100).search("cheddar", 25)).isInstanceOf(FdcClient.Unavailable.class)
			.hasMessageContaining("429");
		assertThat(this.stub.hits).hasValue(1);
	}

	@Test
	void opensTheBreakerAfterRepeatedFailuresAndStopsCalling() {
		FdcClient client = client(100);
		for (int i = 0; i < 4; i++) {
			this.stub.then(503).then(503).then(503);
		}
		for (int i = 0; i < 4; i++) {
			assertThatThrownBy(() -> client.search("cheddar", 25)).isInstanceOf(FdcClient.Unavailable.class);
		}
		assertThat(client.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
		int hits = this.stub.hits.get();
		assertThatThrownBy(() -> client.search("cheddar", 25)).isInstanceOf(FdcClient.Unavailable.class)
			.hasMessageContaining("paused");
		assertThat(this.stub.hits).hasValue(hits);
	}

	@Test
	void keepsWithinTheHourlyQuota() {
		FdcClient client = client(2);
		client.search("a", 25);
		client.search("b", 25);
		assertThatThrownBy(() -> client.search("c", 25)).isInstanceOf(FdcClient.Unavailable.class)
			.hasMessageContaining("quota");
		assertThat(this.stub.hits).hasValue(2);
	}

	@Test
	void isOffWithoutAnApiKey() {
		FdcClient off = new FdcClient(new FdcProperties("", this.stub.baseUrl(), null, 0, 0, null, null, null));
		assertThat(off.enabled()).isFalse();
		assertThatThrownBy(() -> off.search("cheddar", 25)).isInstanceOf(FdcClient.Unavailable.class);
		assertThat(this.stub.hits).hasValue(0);
	}

}
