package app.vitalia.nutrition.remote;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vitalia.nutrition.fdc.*}: the USDA FoodData Central API. Without an API key the
 * client is off and search stays local.
 */
@ConfigurationProperties("vitalia.nutrition.fdc")
record FdcProperties(@Nullable String apiKey, String baseUrl, Duration timeout, int hourlyLimit, int maxAttempts,
		Duration firstBackoff, Duration openFor, Duration cacheFor) {

	FdcProperties {
		baseUrl = (baseUrl == null || baseUrl.isBlank()) ? "https://api.nal.usda.gov/fdc"
				: baseUrl.replaceAll("/+$", "");
		timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
		hourlyLimit = hourlyLimit <= 0 ? 1000 : hourlyLimit;
		maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
		firstBackoff = firstBackoff == null ? Duration.ofMillis(200) : firstBackoff;
		openFor = openFor == null ? Duration.ofMinutes(1) : openFor;
		cacheFor = cacheFor == null ? Duration.ofHours(24) : cacheFor;
	}

	boolean enabled() {
		return this.apiKey != null && !this.apiKey.isBlank();
	}

}
