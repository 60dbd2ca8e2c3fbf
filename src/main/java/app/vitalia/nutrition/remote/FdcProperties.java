package app.vitalia.nutrition.remote;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vitalia.nutrition.fdc.*}: the USDA FoodData Central API. Without an API key the
 * client is off and search stays local. Its time limit, retries, breaker and bulkhead are
 * the outbound client {@code vitalia.http.clients.fdc.*}.
 */
@ConfigurationProperties("vitalia.nutrition.fdc")
record FdcProperties(@Nullable String apiKey, String baseUrl, int hourlyLimit, Duration cacheFor) {

	FdcProperties {
		baseUrl = (baseUrl == null || baseUrl.isBlank()) ? "https://api.nal.usda.gov/fdc"
				: baseUrl.replaceAll("/+$", "");
		hourlyLimit = hourlyLimit <= 0 ? 1000 : hourlyLimit;
		cacheFor = cacheFor == null ? Duration.ofHours(24) : cacheFor;
	}

	boolean enabled() {
		return this.apiKey != null && !this.apiKey.isBlank();
	}

}
