package app.vitalia.nutrition.remote;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import app.vitalia.nutrition.catalog.ImportedFood;
import app.vitalia.nutrition.catalog.Portion;
import app.vitalia.platform.OutboundHttp;
import app.vitalia.platform.RateLimiter;
import app.vitalia.platform.RateLimiter.BucketStore;
import app.vitalia.support.OutboundClients;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FdcClientTests {

	// the Redis the test infrastructure uses (app.vitalia.TestInfrastructure)
	static final String REDIS = "redis://127.0.0.1:6379";

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
		return client(hourlyLimit, new RateLimiter(inProcess()));
	}

	FdcClient client(int hourlyLimit, RateLimiter limiter) {
		return new FdcClient(new FdcProperties("test-key", this.stub.baseUrl(), hourlyLimit, Duration.ofHours(24)),
				fdcClient(), limiter);
	}

	/** The production settings of the {@code fdc} client, with short waits. */
	static OutboundHttp fdcClient() {
		return OutboundClients.configured(Map.of("vitalia.http.clients.fdc.timeout", "1s",
				"vitalia.http.clients.fdc.max-attempts", "3", "vitalia.http.clients.fdc.first-backoff", "10ms",
				"vitalia.http.clients.fdc.open-for", "5m", "vitalia.http.clients.fdc.retry-rate-limited", "false"));
	}

	static BucketStore inProcess() {
		Map<String, Bucket> buckets = new ConcurrentHashMap<>();
		return (key, limit) -> buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(limit.bandwidth()).build());
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
		this.stub.thenSlow(3000);
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
	void instancesSharingABucketStoreSpendOneHourlyBudget() {
		BucketStore shared = inProcess();
		FdcClient one = client(3, new RateLimiter(shared));
		FdcClient other = client(3, new RateLimiter(shared));
		one.search("a", 25);
		other.search("b", 25);
		one.search("c", 25);
		assertThat(other.quotaRemaining()).isZero();
		assertThatThrownBy(() -> other.search("d", 25)).isInstanceOf(FdcClient.Unavailable.class)
			.hasMessageContaining("quota");
		assertThatThrownBy(() -> one.search("e", 25)).isInstanceOf(FdcClient.Unavailable.class)
			.hasMessageContaining("quota");
		assertThat(this.stub.hits).hasValue(3);
		// an over-quota call is not a failure of FoodData Central
		assertThat(one.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void instancesSharingRedisSpendOneHourlyBudget() {
		assumeTrue(redisAnswers() || "true".equalsIgnoreCase(System.getenv("CI")),
				"Redis is not running on 127.0.0.1:6379");
		RedisClient first = RedisClient.create(REDIS);
		RedisClient second = RedisClient.create(REDIS);
		try {
			String namespace = "vitalia-test-" + UUID.randomUUID() + ":";
			FdcClient one = client(2, new RateLimiter(redis(first, namespace)));
			FdcClient other = client(2, new RateLimiter(redis(second, namespace)));
			assertThat(other.quotaRemaining()).isEqualTo(2);
			one.search("a", 25);
			assertThat(other.quotaRemaining()).isEqualTo(1);
			other.search("b", 25);
			assertThatThrownBy(() -> one.search("c", 25)).isInstanceOf(FdcClient.Unavailable.class)
				.hasMessageContaining("quota");
			assertThat(this.stub.hits).hasValue(2);
		}
		finally {
			first.shutdown();
			second.shutdown();
		}
	}

	static boolean redisAnswers() {
		try (java.net.Socket socket = new java.net.Socket()) {
			socket.connect(new java.net.InetSocketAddress("127.0.0.1", 6379), 500);
			return true;
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

	/**
	 * A store like the platform's Redis one: each instance has its own client and
	 * proxies.
	 */
	static BucketStore redis(RedisClient client, String namespace) {
		ProxyManager<byte[]> proxies = Bucket4jLettuce.casBasedBuilder(client)
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
		return (key, limit) -> proxies.builder()
			.build((namespace + "rl:" + key).getBytes(StandardCharsets.UTF_8),
					() -> BucketConfiguration.builder().addLimit(limit.bandwidth()).build());
	}

	@Test
	void isOffWithoutAnApiKey() {
		FdcClient off = new FdcClient(new FdcProperties("", this.stub.baseUrl(), 0, null), fdcClient(),
				new RateLimiter(inProcess()));
		assertThat(off.enabled()).isFalse();
		assertThatThrownBy(() -> off.search("cheddar", 25)).isInstanceOf(FdcClient.Unavailable.class);
		assertThat(this.stub.hits).hasValue(0);
	}

}
