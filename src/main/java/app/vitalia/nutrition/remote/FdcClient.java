package app.vitalia.nutrition.remote;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.vitalia.nutrition.catalog.ImportedFood;
import app.vitalia.nutrition.catalog.Nutrients;
import app.vitalia.nutrition.catalog.Portion;
import app.vitalia.nutrition.importing.Sr28Reader;
import app.vitalia.platform.RateLimiter;

import org.springframework.stereotype.Component;

/**
 * USDA FoodData Central API client ({@code /v1/foods/search}, {@code /v1/food/{fdcId}}).
 * Calls pass the key's hourly quota (counted in the platform {@link RateLimiter}, so
 * every instance spends one budget when Redis is configured and the key is never
 * blocked), a circuit breaker (opens after repeated failures, then rejects calls at once
 * for a while), and a retry with exponential backoff for timeouts and 5xx answers. A 429
 * is not retried. Every failure surfaces as {@link Unavailable}.
 */
@Component
public class FdcClient {

	/** FoodData Central could not answer: unreachable, failing, rate limited, or off. */
	static class Unavailable extends RuntimeException {

		Unavailable(String message) {
			super(message, null, false, false);
		}

	}

	private static final class Transient extends Unavailable {

		Transient(String message) {
			super(message);
		}

	}

	private final FdcProperties properties;

	private final HttpClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	private final CircuitBreaker breaker;

	private final Retry retry;

	/**
	 * The hourly quota ran out: not a failure of FoodData Central, so not retried or
	 * recorded.
	 */
	private static final class QuotaUsedUp extends RuntimeException {

		QuotaUsedUp() {
			super("The hourly FoodData Central quota is used up", null, false, false);
		}

	}

	private final RateLimiter limiter;

	private final RateLimiter.Limit quota;

	private final String quotaKey;

	FdcClient(FdcProperties properties, RateLimiter limiter) {
		this.properties = properties;
		this.limiter = limiter;
		this.quota = new RateLimiter.Limit("fdc-quota", properties.hourlyLimit(), Duration.ofHours(1));
		this.quotaKey = fingerprint(properties.apiKey());
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
		this.breaker = CircuitBreaker.of("fdc",
				CircuitBreakerConfig.custom()
					.slidingWindowSize(10)
					.minimumNumberOfCalls(4)
					.failureRateThreshold(50)
					.waitDurationInOpenState(properties.openFor())
					.permittedNumberOfCallsInHalfOpenState(1)
					.recordExceptions(Unavailable.class)
					.build());
		this.retry = Retry.of("fdc",
				RetryConfig.custom()
					.maxAttempts(properties.maxAttempts())
					.intervalFunction(IntervalFunction.ofExponentialBackoff(properties.firstBackoff(), 2.0))
					.retryExceptions(Transient.class)
					.build());
	}

	public boolean enabled() {
		return this.properties.enabled();
	}

	public CircuitBreaker.State breakerState() {
		return this.breaker.getState();
	}

	public int hourlyLimit() {
		return this.properties.hourlyLimit();
	}

	/**
	 * Calls left in the current hour, across every instance sharing the limiter's store.
	 */
	public long quotaRemaining() {
		return this.limiter.available(this.quota, this.quotaKey);
	}

	/** Foundation and SR Legacy foods matching the query, per 100 g. */
	List<ImportedFood> search(String query, int pageSize) {
		String path = "/v1/foods/search?query=" + encode(query) + "&pageSize=" + pageSize + "&dataType="
				+ encode("Foundation,SR Legacy");
		JsonNode body = call(path).orElseThrow(() -> new Unavailable("FoodData Central answered 404 to a search"));
		List<ImportedFood> foods = new ArrayList<>();
		for (JsonNode food : body.path("foods")) {
			Nutrients.Builder nutrients = new Nutrients.Builder();
			for (JsonNode nutrient : food.path("foodNutrients")) {
				nutrients.put(nutrient.path("nutrientNumber").asString(""), decimal(nutrient.path("value")));
			}
			foods.add(imported(food, food.path("foodCategory").asString(null), nutrients, List.of()));
		}
		return foods;
	}

	/**
	 * One food with its portions, or empty when FoodData Central does not know the id.
	 */
	Optional<ImportedFood> food(long fdcId) {
		return call("/v1/food/" + fdcId).map(food -> {
			Nutrients.Builder nutrients = new Nutrients.Builder();
			for (JsonNode nutrient : food.path("foodNutrients")) {
				if (nutrient.has("amount")) {
					nutrients.put(nutrient.path("nutrient").path("number").asString(""),
							decimal(nutrient.path("amount")));
				}
			}
			List<Portion> portions = new ArrayList<>();
			for (JsonNode portion : food.path("foodPortions")) {
				Double grams = decimal(portion.path("gramWeight"));
				if (grams != null && grams > 0) {
					portions.add(new Portion(portionLabel(portion), null, grams));
				}
			}
			JsonNode category = food.path("foodCategory");
			String group = category.isObject() ? category.path("description").asString(null) : category.asString(null);
			return imported(food, group, nutrients, portions);
		});
	}

	private static ImportedFood imported(JsonNode food, @Nullable String group, Nutrients.Builder nutrients,
			List<Portion> portions) {
		return new ImportedFood(food.path("fdcId").asString(), food.path("description").asString(), null, group, null,
				nutrients.build(), portions);
	}

	private static String portionLabel(JsonNode portion) {
		String description = portion.path("portionDescription").asString("");
		if (!description.isBlank()) {
			return description;
		}
		StringBuilder label = new StringBuilder(Sr28Reader
			.amount(portion.path("amount").asString("1").isBlank() ? "1" : portion.path("amount").asString("1")));
		String unit = portion.path("measureUnit").path("name").asString("");
		if (!unit.isBlank() && !unit.equals("undetermined")) {
			label.append(' ').append(unit);
		}
		String modifier = portion.path("modifier").asString("");
		if (!modifier.isBlank()) {
			label.append(' ').append(modifier);
		}
		return label.toString();
	}

	private Optional<JsonNode> call(String pathAndQuery) {
		if (!enabled()) {
			throw new Unavailable("No FoodData Central API key is configured");
		}
		Supplier<Optional<JsonNode>> guarded = CircuitBreaker.decorateSupplier(this.breaker,
				Retry.decorateSupplier(this.retry, () -> {
					if (!this.limiter.tryConsume(this.quota, this.quotaKey).allowed()) {
						throw new QuotaUsedUp();
					}
					return get(pathAndQuery);
				}));
		try {
			return guarded.get();
		}
		catch (CallNotPermittedException ex) {
			throw new Unavailable("FoodData Central is failing; calls are paused for a while");
		}
		catch (QuotaUsedUp ex) {
			throw new Unavailable(ex.getMessage());
		}
	}

	/**
	 * The quota is the key's: a short hash names it, so the key itself is never stored.
	 */
	private static String fingerprint(@Nullable String apiKey) {
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
				.digest((apiKey == null ? "" : apiKey).getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Optional<JsonNode> get(String pathAndQuery) {
		String separator = pathAndQuery.contains("?") ? "&" : "?";
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.properties.baseUrl() + pathAndQuery + separator + "api_key="
					+ encode(this.properties.apiKey())))
			.timeout(this.properties.timeout())
			.header("Accept", "application/json")
			.GET()
			.build();
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new Transient("FoodData Central did not answer: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Unavailable("Interrupted while calling FoodData Central");
		}
		int status = response.statusCode();
		if (status == 404) {
			return Optional.empty();
		}
		if (status == 429) {
			throw new Unavailable("FoodData Central rate-limited the key (429)");
		}
		if (status >= 500) {
			throw new Transient("FoodData Central answered " + status);
		}
		if (status != 200) {
			throw new Unavailable("FoodData Central refused the call (" + status + ")");
		}
		try {
			return Optional.of(this.json.readTree(response.body()));
		}
		catch (RuntimeException ex) {
			throw new Unavailable("FoodData Central answered something that is not JSON");
		}
	}

	private static @Nullable Double decimal(JsonNode value) {
		if (value.isNumber()) {
			return value.asDouble();
		}
		if (value.isString() && !value.asString().isBlank()) {
			try {
				return new java.math.BigDecimal(value.asString()).doubleValue();
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static String encode(@Nullable String text) {
		return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
	}

}
