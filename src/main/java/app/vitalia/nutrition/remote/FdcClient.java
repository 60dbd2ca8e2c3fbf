package app.vitalia.nutrition.remote;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.vitalia.nutrition.catalog.ImportedFood;
import app.vitalia.nutrition.catalog.Nutrients;
import app.vitalia.nutrition.catalog.Portion;
import app.vitalia.nutrition.importing.Sr28Reader;
import app.vitalia.platform.OutboundCallFailed;
import app.vitalia.platform.OutboundHttp;
import app.vitalia.platform.RateLimiter;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * USDA FoodData Central API client ({@code /v1/foods/search}, {@code /v1/food/{fdcId}}).
 * Each attempt spends one call of the key's hourly quota (counted in the platform
 * {@link RateLimiter}, so every instance spends one budget when Redis is configured and
 * the key is never blocked). Time limit, retries, circuit breaker and bulkhead are the
 * platform's outbound client {@value #CLIENT} ({@code vitalia.http.clients.fdc.*}); a 429
 * means the hour's quota of the key is gone, so that client does not retry it. Every
 * failure surfaces as {@link Unavailable}.
 */
@Component
public class FdcClient {

	/** FoodData Central could not answer: unreachable, failing, rate limited, or off. */
	static class Unavailable extends RuntimeException {

		Unavailable(String message) {
			super(message, null, false, false);
		}

	}

	static final String CLIENT = "fdc";

	private final FdcProperties properties;

	private final OutboundHttp.Client http;

	private final JsonMapper json = JsonMapper.builder().build();

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

	FdcClient(FdcProperties properties, OutboundHttp outbound, RateLimiter limiter) {
		this.properties = properties;
		this.limiter = limiter;
		this.quota = new RateLimiter.Limit("fdc-quota", properties.hourlyLimit(), Duration.ofHours(1));
		this.quotaKey = fingerprint(properties.apiKey());
		this.http = outbound.client(CLIENT);
	}

	public boolean enabled() {
		return this.properties.enabled();
	}

	public CircuitBreaker.State breakerState() {
		return this.http.breakerState();
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
		String body;
		try {
			body = this.http.call(() -> {
				if (!this.limiter.tryConsume(this.quota, this.quotaKey).allowed()) {
					throw new QuotaUsedUp();
				}
				return this.http.rest()
					.get()
					.uri(URI.create(this.properties.baseUrl() + pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?")
							+ "api_key=" + encode(this.properties.apiKey())))
					.accept(MediaType.APPLICATION_JSON)
					.retrieve()
					.body(String.class);
			});
		}
		catch (OutboundCallFailed ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw new Unavailable(switch (ex.reason()) {
				case BREAKER_OPEN -> "FoodData Central is failing; calls are paused for a while";
				case BULKHEAD_FULL -> "Too many FoodData Central calls at once";
				case TIMED_OUT, UNREACHABLE -> "FoodData Central did not answer";
				case ERROR_STATUS -> ex.status() == 429 ? "FoodData Central rate-limited the key (429)"
						: "FoodData Central answered " + ex.status();
			});
		}
		catch (QuotaUsedUp ex) {
			throw new Unavailable(ex.getMessage());
		}
		try {
			return Optional.of(this.json.readTree(body == null ? "" : body));
		}
		catch (RuntimeException ex) {
			throw new Unavailable("FoodData Central answered something that is not JSON");
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
