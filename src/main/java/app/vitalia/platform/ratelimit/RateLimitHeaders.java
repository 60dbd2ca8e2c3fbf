package app.vitalia.platform.ratelimit;

import app.vitalia.platform.RateLimiter.Decision;
import app.vitalia.platform.RateLimiter.Limit;
import jakarta.servlet.http.HttpServletResponse;

/**
 * RateLimit headers as in the IETF httpapi draft, plus {@code Retry-After} on refusal.
 */
final class RateLimitHeaders {

	private RateLimitHeaders() {
	}

	static void apply(HttpServletResponse response, Limit limit, Decision decision) {
		response.setHeader("RateLimit-Policy", "%d;w=%d".formatted(limit.capacity(), limit.period().toSeconds()));
		response.setHeader("RateLimit", "limit=%d, remaining=%d, reset=%d".formatted(limit.capacity(),
				decision.remaining(), decision.allowed() ? 0 : decision.retryAfterSeconds()));
		if (!decision.allowed()) {
			response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
		}
	}

}
