package app.vitalia.platform.ratelimit;

import java.io.IOException;

import app.vitalia.platform.Problems;
import app.vitalia.platform.RateLimitProperties;
import app.vitalia.platform.RateLimiter;
import app.vitalia.platform.RateLimiter.Limit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every API answer 401 spends from its client's budget, and a client whose budget is
 * spent gets 429 before its credentials are looked at: guessing tokens or passwords costs
 * the guesser, never the account owner.
 */
class UnauthorizedLimitFilter extends OncePerRequestFilter {

	private final RateLimiter limiter;

	private final Limit limit;

	private final Problems problems;

	UnauthorizedLimitFilter(RateLimiter limiter, RateLimitProperties properties, Problems problems) {
		this.limiter = limiter;
		this.limit = properties.unauthorizedPerIp();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = request.getRemoteAddr();
		if (this.limiter.available(this.limit, client) <= 0) {
			long retryAfter = Math.max(1, this.limit.period().toSeconds() / this.limit.capacity());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
			this.problems.write(request, response, Problems.of(429, "RATE_LIMITED",
					"Too many unauthorized requests from this client; retry in " + retryAfter + " s"));
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			this.limiter.tryConsume(this.limit, client);
		}
	}

}
