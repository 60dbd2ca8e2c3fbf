package app.vitalia.identity.access;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.identity.IdentityProperties;
import app.vitalia.identity.Role;
import app.vitalia.identity.accounts.AccountSnapshot;
import app.vitalia.identity.accounts.AccountSnapshots;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * HS256 access tokens signed with {@code VITALIA_JWT_SECRET}. Without it a random key is
 * made at start (fine for one dev instance: the web app silently refreshes after a
 * restart). A token is accepted only while its {@code ver} claim matches the account's
 * token version, so a password change revokes every token at once.
 */
@Configuration(proxyBeanMethods = false)
public class JwtConfiguration {

	static final String ISSUER = "vitalia";

	private static final Logger log = LoggerFactory.getLogger(JwtConfiguration.class);

	@Bean
	public SecretKey jwtKey(IdentityProperties properties) {
		byte[] secret;
		if (properties.jwtSecret() == null || properties.jwtSecret().isBlank()) {
			log.warn("VITALIA_JWT_SECRET is not set: signing tokens with a random key made for this run");
			secret = new byte[32];
			new SecureRandom().nextBytes(secret);
		}
		else {
			secret = decode(properties.jwtSecret());
			if (secret.length < 32) {
				throw new IllegalStateException("VITALIA_JWT_SECRET must hold at least 32 bytes (256 bits)");
			}
		}
		return new SecretKeySpec(secret, "HmacSHA256");
	}

	private static byte[] decode(String secret) {
		try {
			return Base64.getDecoder().decode(secret);
		}
		catch (IllegalArgumentException notBase64) {
			return secret.getBytes(StandardCharsets.UTF_8);
		}
	}

	@Bean
	public JwtEncoder jwtEncoder(SecretKey jwtKey) {
		return new NimbusJwtEncoder(new ImmutableSecret<>(jwtKey));
	}

	@Bean
	public JwtDecoder jwtDecoder(SecretKey jwtKey, AccountSnapshots snapshots) {
		NimbusJwtDecoder verifying = NimbusJwtDecoder.withSecretKey(jwtKey).macAlgorithm(MacAlgorithm.HS256).build();
		verifying.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
		return new AccessTokenDecoder(verifying,
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(ISSUER),
						new ClaimsValidator(), new TokenVersionValidator(snapshots)),
				50_000, Duration.ofMinutes(5));
	}

	@Bean
	public Converter<Jwt, AbstractAuthenticationToken> jwtAuthenticationConverter() {
		return jwt -> {
			List<String> roles = jwt.getClaimAsStringList("roles");
			Collection<GrantedAuthority> authorities = roles == null ? List.of()
					: roles.stream()
						.map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
						.toList();
			return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
		};
	}

	/**
	 * Rejects tokens that could only come from a leaked key or a bug: no expiry, a
	 * subject that is not an account id, roles that do not exist. A validly signed token
	 * must still be a well-formed one (401, never a failure further in).
	 */
	public static final class ClaimsValidator implements OAuth2TokenValidator<Jwt> {

		private static final OAuth2Error MALFORMED = new OAuth2Error("invalid_token", "The token is malformed", null);

		@Override
		public OAuth2TokenValidatorResult validate(Jwt jwt) {
			boolean valid = jwt.getExpiresAt() != null && isUuid(jwt.getSubject())
					&& knownRoles(jwt.getClaims().get("roles"));
			return valid ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(MALFORMED);
		}

		private static boolean isUuid(@Nullable String subject) {
			try {
				return subject != null && UUID.fromString(subject).toString().equalsIgnoreCase(subject);
			}
			catch (IllegalArgumentException notUuid) {
				return false;
			}
		}

		private static boolean knownRoles(@Nullable Object roles) {
			if (roles == null) {
				return true;
			}
			if (!(roles instanceof Collection<?> names)) {
				return false;
			}
			for (Object name : names) {
				if (!(name instanceof String text)
						|| java.util.Arrays.stream(Role.values()).noneMatch(role -> role.name().equals(text))) {
					return false;
				}
			}
			return true;
		}

	}

	/**
	 * Rejects tokens of deleted accounts and tokens issued before the last password
	 * change.
	 */
	public record TokenVersionValidator(AccountSnapshots snapshots) implements OAuth2TokenValidator<Jwt> {

		private static final OAuth2Error REVOKED = new OAuth2Error("invalid_token", "The token was revoked", null);

		@Override
		public OAuth2TokenValidatorResult validate(Jwt jwt) {
			try {
				AccountSnapshot account = this.snapshots.find(UUID.fromString(jwt.getSubject()));
				Object version = jwt.getClaims().get("ver");
				if (account != null && version instanceof Number number
						&& number.intValue() == account.tokenVersion()) {
					return OAuth2TokenValidatorResult.success();
				}
			}
			catch (IllegalArgumentException malformedSubject) {
				// falls through to failure
			}
			return OAuth2TokenValidatorResult.failure(REVOKED);
		}

	}

}
