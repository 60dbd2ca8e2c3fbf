package app.vitalia.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.vitalia.platform.Problems;
import app.vitalia.platform.Text;
import app.vitalia.platform.Violation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link Text} rule to the query parameters of API requests and signed upload
 * URLs (JSON bodies get it from their binding), before any controller or query sees them;
 * a parameter the container cannot decode is refused with 400 too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class TextParametersFilter extends OncePerRequestFilter {

	private final Problems problems;

	TextParametersFilter(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		// form and multipart parameters live in the body, which is left to its endpoint
		return !(request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/storage/"))
				|| request.getQueryString() == null
				|| (contentType != null && (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
						|| contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<Violation> violations = new ArrayList<>();
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException undecodable) {
			// the servlet container could not decode a parameter (not UTF-8)
			this.problems.write(request, response,
					Problems.of(400, "VALIDATION_FAILED", "The request has invalid parameters",
							List.of(new Violation("?", Text.INVALID_CHARACTERS, "is not valid UTF-8"))));
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			boolean clean = Text.isClean(parameter.getKey());
			for (String value : parameter.getValue()) {
				clean &= Text.isClean(value);
			}
			if (!clean) {
				violations.add(new Violation(Text.isClean(parameter.getKey()) ? parameter.getKey() : "?",
						Text.INVALID_CHARACTERS, "contains control characters or unpaired surrogates"));
			}
		}
		if (!violations.isEmpty()) {
			this.problems.write(request, response,
					Problems.of(400, "VALIDATION_FAILED", "The request has invalid parameters", violations));
			return;
		}
		chain.doFilter(request, response);
	}

}
