package app.vitalia.platform;

import java.time.Duration;

/**
 * A rate limit was hit; the client may retry after {@link #retryAfter()}.
 */
public class TooManyRequestsException extends DomainException {

	private final Duration retryAfter;

	private final long limit;

	public TooManyRequestsException(String code, long limit, Duration retryAfter) {
		super(Kind.TOO_MANY_REQUESTS, code, "Too many requests; retry in " + seconds(retryAfter) + " s");
		this.limit = limit;
		this.retryAfter = retryAfter;
	}

	static long seconds(Duration duration) {
		return Math.max(1, (duration.toMillis() + 999) / 1000);
	}

	public long retryAfterSeconds() {
		return seconds(this.retryAfter);
	}

	public long limit() {
		return this.limit;
	}

}
