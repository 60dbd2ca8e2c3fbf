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
		// plain concatenation: every API response carries these, and Formatter costs far
		// more
		response.setHeader("RateLimit-Policy", limit.capacity() + ";w=" + limit.period().toSeconds());
		response.setHeader("RateLimit", "limit=" + limit.capacity() + ", remaining=" + decision.remaining() + ", reset="
				+ (decision.allowed() ? 0 : decision.retryAfterSeconds()));
		if (!decision.allowed()) {
			response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
		}
	}

}
