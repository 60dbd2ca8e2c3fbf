package app.vitalia.identity;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vitalia.security.*}: token lifetimes, the JWT signing secret and CORS origins.
 */
@ConfigurationProperties("vitalia.security")
public record IdentityProperties(String jwtSecret, Duration accessTokenTtl, Duration refreshTokenTtl,
		boolean refreshCookieSecure, List<String> corsAllowedOrigins) {

	public IdentityProperties {
		corsAllowedOrigins = corsAllowedOrigins == null ? List.of()
				: corsAllowedOrigins.stream().filter(origin -> !origin.isBlank()).toList();
	}

}
