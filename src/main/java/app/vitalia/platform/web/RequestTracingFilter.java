package app.vitalia.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import app.vitalia.platform.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (taken from a well-formed {@code X-Request-Id} or generated),
 * puts it in the logging context and the response, and starts the clock for
 * {@code Server-Timing}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestTracingFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String STARTED_AT = RequestTracingFilter.class.getName() + ".startedAt";

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long startedAt = System.nanoTime();
		request.setAttribute(STARTED_AT, startedAt);
		String incoming = request.getHeader(HEADER);
		String requestId = incoming != null && SAFE_ID.matcher(incoming).matches() ? incoming : newId();
		response.setHeader(HEADER, requestId);
		MDC.put(Problems.REQUEST_ID, requestId);
		try {
			chain.doFilter(request, new ServerTimingResponse(response, startedAt, request.getRequestURI()));
		}
		finally {
			MDC.remove(Problems.REQUEST_ID);
		}
	}

	/**
	 * A random (version 4) UUID from the thread's own generator: a request id needs to be
	 * unique, not unpredictable, and {@link UUID#randomUUID()} makes every request take
	 * the one lock of the system's secure random source.
	 */
	static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(most, least).toString();
	}

}
