package app.vitalia.platform;

import java.time.Duration;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token-bucket rate limits (Bucket4j). Buckets live in process by default and in Redis
 * when Redis is configured, so a limit then holds across every instance.
 */
public class RateLimiter {

	/**
	 * A named limit: {@code capacity} requests per {@code period}, refilled gradually. An
	 * {@code approximate} limit, shared through Redis, is counted in each instance and
	 * synchronized every {@value #SYNC_SHARE}th of its capacity or every second, so an
	 * instance may overshoot it by that share: right for the limits every request passes,
	 * which would otherwise pay a Redis round trip each; strict limits (sign-in,
	 * registration, quotas) are exact.
	 */
	public record Limit(String name, long capacity, Duration period, boolean approximate) {

		public static final int SYNC_SHARE = 20;

		public Limit(String name, long capacity, Duration period) {
			this(name, capacity, period, false);
		}

		public Bandwidth bandwidth() {
			return Bandwidth.builder().capacity(this.capacity).refillGreedy(this.capacity, this.period).build();
		}

	}

	/**
	 * Outcome of one attempt: whether it was allowed, what is left and when to retry.
	 */
	public record Decision(boolean allowed, long limit, long remaining, Duration retryAfter) {

		public long retryAfterSeconds() {
			return TooManyRequestsException.seconds(this.retryAfter);
		}

	}

	/**
	 * Finds or creates the bucket for a key (in process, or a Redis proxy).
	 */
	public interface BucketStore {

		Bucket bucket(String key, Limit limit);

	}

	private final BucketStore store;

	public RateLimiter(BucketStore store) {
		this.store = store;
	}

	public Decision tryConsume(Limit limit, String key) {
		ConsumptionProbe probe = this.store.bucket(limit.name() + ":" + key, limit).tryConsumeAndReturnRemaining(1);
		return new Decision(probe.isConsumed(), limit.capacity(), probe.getRemainingTokens(),
				Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/**
	 * What is left of a limit for a key, without consuming anything.
	 */
	public long available(Limit limit, String key) {
		return this.store.bucket(limit.name() + ":" + key, limit).getAvailableTokens();
	}

	/**
	 * Consumes one token or throws {@link TooManyRequestsException}.
	 */
	public void consume(Limit limit, String key) {
		Decision decision = tryConsume(limit, key);
		if (!decision.allowed()) {
			throw new TooManyRequestsException("RATE_LIMITED", limit.capacity(), decision.retryAfter());
		}
	}

}
