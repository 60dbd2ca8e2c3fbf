package app.vitalia.identity.access;

import java.util.List;

import app.vitalia.identity.IdentityProperties;
import app.vitalia.platform.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Identity's security rules (its sign-in paths), CORS for the API and password hashing.
 * The filter chain itself is the platform's.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	@Bean
	public SecurityRules identityRules() {
		return requests -> requests.requestMatchers("/api/auth/verify-email/resend")
			.authenticated()
			.requestMatchers("/api/auth/**")
			.permitAll();
	}

	@Bean
	public CorsConfigurationSource corsConfigurationSource(IdentityProperties properties) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (!properties.corsAllowedOrigins().isEmpty()) {
			CorsConfiguration cors = new CorsConfiguration();
			cors.setAllowedOrigins(properties.corsAllowedOrigins());
			cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
			cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-Id"));
			cors.setExposedHeaders(List.of("Retry-After", "RateLimit", "RateLimit-Policy", "X-Request-Id",
					"Server-Timing", "Location"));
			cors.setAllowCredentials(true);
			source.registerCorsConfiguration("/api/**", cors);
		}
		return source;
	}

	@Bean
	public PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

}
