package app.vitalia.platform.http;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * {@code vitalia.http.clients.<name>.*}: how one outbound client behaves. Every setting
 * has a default, so a client without configuration still gets a time limit, retries, a
 * circuit breaker and a bulkhead.
 *
 * @param baseUrl prefix of every relative URI the client calls
 * @param connectTimeout time allowed to open a connection
 * @param timeout time allowed for the answer once the request is sent; an attempt as a
 * whole is cut off after {@code connectTimeout + timeout}
 * @param maxAttempts attempts of one call, the first included (1 = no retry)
 * @param firstBackoff wait before the second attempt
 * @param backoffMultiplier growth of the wait from one retry to the next
 * @param jitter random share (0 to 1) of each wait, so clients do not retry in step
 * @param maxBackoff longest wait between attempts; a {@code Retry-After} beyond it is not
 * waited for
 * @param retryRateLimited whether a 429 answer is retried (after its {@code Retry-After})
 * @param failureRateThreshold percentage of failed calls that opens the breaker
 * @param slidingWindowSize calls the failure rate is measured over
 * @param minimumCalls calls needed before the breaker may open
 * @param openFor how long an open breaker rejects calls before trying again
 * @param halfOpenCalls trial calls while half open
 * @param maxConcurrentCalls calls in flight at once (bulkhead)
 * @param maxWait how long a call waits for a free place in the bulkhead
 */
public record ClientSettings(@Nullable String baseUrl, Duration connectTimeout, Duration timeout, Integer maxAttempts,
		Duration firstBackoff, Double backoffMultiplier, Double jitter, Duration maxBackoff, Boolean retryRateLimited,
		Float failureRateThreshold, Integer slidingWindowSize, Integer minimumCalls, Duration openFor,
		Integer halfOpenCalls, Integer maxConcurrentCalls, Duration maxWait) {

	/** The settings of a client nobody configured. */
	public static final ClientSettings DEFAULTS = new ClientSettings(null, null, null, null, null, null, null, null,
			null, null, null, null, null, null, null, null);

	public ClientSettings {
		baseUrl = (baseUrl == null || baseUrl.isBlank()) ? null : baseUrl.replaceAll("/+$", "");
		connectTimeout = or(connectTimeout, Duration.ofSeconds(2));
		timeout = or(timeout, Duration.ofSeconds(5));
		maxAttempts = or(maxAttempts, 3);
		firstBackoff = or(firstBackoff, Duration.ofMillis(200));
		backoffMultiplier = or(backoffMultiplier, 2.0);
		jitter = or(jitter, 0.5);
		maxBackoff = or(maxBackoff, Duration.ofSeconds(10));
		retryRateLimited = or(retryRateLimited, true);
		failureRateThreshold = or(failureRateThreshold, 50f);
		slidingWindowSize = or(slidingWindowSize, 10);
		minimumCalls = or(minimumCalls, 4);
		openFor = or(openFor, Duration.ofMinutes(1));
		halfOpenCalls = or(halfOpenCalls, 1);
		maxConcurrentCalls = or(maxConcurrentCalls, 25);
		maxWait = or(maxWait, Duration.ZERO);
		if (maxAttempts < 1 || slidingWindowSize < 1 || minimumCalls < 1 || halfOpenCalls < 1
				|| maxConcurrentCalls < 1) {
			throw new IllegalArgumentException("attempts, window, calls and concurrency must be at least 1");
		}
		if (jitter < 0 || jitter >= 1 || backoffMultiplier < 1) {
			throw new IllegalArgumentException("jitter must lie in [0, 1) and the backoff multiplier be at least 1");
		}
	}

	private static <T> T or(@Nullable T value, T fallback) {
		return value != null ? value : fallback;
	}

}
