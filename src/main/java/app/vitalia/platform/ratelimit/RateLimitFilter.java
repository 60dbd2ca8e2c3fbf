package app.vitalia.platform.ratelimit;

import java.io.IOException;

import app.vitalia.platform.Problems;
import app.vitalia.platform.RateLimitProperties;
import app.vitalia.platform.RateLimiter;
import app.vitalia.platform.RateLimiter.Decision;
import app.vitalia.platform.RateLimiter.Limit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The general API limit: per account when authenticated, per client IP otherwise. Health
 * probes are exempt so orchestrators never get throttled.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimiter limiter;

	private final RateLimitProperties properties;

	private final Problems problems;

	RateLimitFilter(RateLimiter limiter, RateLimitProperties properties, Problems problems) {
		this.limiter = limiter;
		this.properties = properties;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().equals("/api/health");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
		Limit limit = anonymous ? this.properties.anonymous() : this.properties.authenticated();
		String key = anonymous ? request.getRemoteAddr() : authentication.getName();
		Decision decision = this.limiter.tryConsume(limit, key);
		RateLimitHeaders.apply(response, limit, decision);
		if (!decision.allowed()) {
			this.problems.write(request, response, Problems.of(429, "RATE_LIMITED",
					"Too many requests; retry in " + decision.retryAfterSeconds() + " s"));
			return;
		}
		chain.doFilter(request, response);
	}

}
