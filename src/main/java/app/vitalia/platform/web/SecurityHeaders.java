package app.vitalia.platform.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers Spring Security adds to every response, for the answers written before it
 * runs (firewall rejections, errors Tomcat answers itself). Error bodies are JSON, so
 * their policy allows nothing to load.
 */
final class SecurityHeaders {

	private SecurityHeaders() {
	}

	static void apply(HttpServletResponse response, boolean secure) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
		response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		if (secure) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
		}
	}

}
