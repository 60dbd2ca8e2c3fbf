package app.vitalia.platform.web;

import java.io.IOException;

import app.vitalia.platform.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies (other than file uploads) declared larger than the configured limit
 * with 413, before anything reads them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final Problems problems;

	RequestSizeFilter(@Value("${vitalia.max-json-body:1MB}") DataSize maxBody, Problems problems) {
		this.maxBytes = maxBody.toBytes();
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !request.getRequestURI().startsWith("/api/")
				|| (contentType != null && contentType.startsWith("multipart/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			this.problems.write(request, response, Problems.of(413, "PAYLOAD_TOO_LARGE",
					"The request body is larger than " + this.maxBytes + " bytes"));
			return;
		}
		chain.doFilter(request, response);
	}

}
