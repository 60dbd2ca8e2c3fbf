package app.vitalia.platform.replica;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Starts a caller's read-your-writes window after each request that may have changed
 * something (runs inside the security filter chain, so the caller is known).
 */
class ReadYourWritesFilter extends OncePerRequestFilter {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final ReadYourWrites readYourWrites;

	ReadYourWritesFilter(ReadYourWrites readYourWrites) {
		this.readYourWrites = readYourWrites;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (!READS.contains(request.getMethod())) {
				this.readYourWrites.wrote();
			}
		}
	}

}
