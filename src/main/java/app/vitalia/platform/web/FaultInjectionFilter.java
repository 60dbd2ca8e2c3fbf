package app.vitalia.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import app.vitalia.platform.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A deliberately broken release, for the blue-green rollback proof: answers a share of
 * API requests with 500 ({@code vitalia.fault.error-ratio}, evenly spread: 0.2 fails
 * every fifth) and delays the others ({@code vitalia.fault.delay}). Exists only under the
 * {@code fault-injection} profile, which nothing but the proof turns on. Runs after the
 * HTTP metrics filter, so the failures are measured like real ones.
 */
@Component
@Profile("fault-injection")
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class FaultInjectionFilter extends OncePerRequestFilter {

	private final double errorRatio;

	private final Duration delay;

	private final Problems problems;

	private final AtomicLong requests = new AtomicLong();

	FaultInjectionFilter(@Value("${vitalia.fault.error-ratio:0}") double errorRatio,
			@Value("${vitalia.fault.delay:0ms}") Duration delay, Problems problems) {
		this.errorRatio = errorRatio;
		this.delay = delay;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long n = this.requests.getAndIncrement();
		if (Math.floor((n + 1) * this.errorRatio) > Math.floor(n * this.errorRatio)) {
			this.problems.write(request, response, Problems.of(500, "INJECTED_FAULT", "Injected fault"));
			return;
		}
		if (!this.delay.isZero()) {
			try {
				Thread.sleep(this.delay.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		chain.doFilter(request, response);
	}

}
