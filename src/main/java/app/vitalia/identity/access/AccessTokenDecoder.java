package app.vitalia.identity.access;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Decodes access tokens, parsing and checking the signature of each token once: a token's
 * text fixes its claims, so a token seen recently is taken from memory. What can change
 * between two uses of the same token (expiry, revocation by a password change or
 * deletion) is validated on every use. Tokens that fail to parse or verify are never
 * remembered.
 */
public final class AccessTokenDecoder implements JwtDecoder {

	private final JwtDecoder verifying;

	private final OAuth2TokenValidator<Jwt> validator;

	private final Cache<String, Jwt> verified;

	/**
	 * @param verifying parses and checks the signature, validating nothing else
	 * @param validator checks the claims on every use
	 */
	public AccessTokenDecoder(JwtDecoder verifying, OAuth2TokenValidator<Jwt> validator, long maximumSize,
			Duration idle) {
		this.verifying = verifying;
		this.validator = validator;
		this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(idle).build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt jwt = this.verified.get(token, this.verifying::decode);
		OAuth2TokenValidatorResult result = this.validator.validate(jwt);
		if (result.hasErrors()) {
			String description = result.getErrors().iterator().next().getDescription();
			throw new JwtValidationException("An error occurred while attempting to decode the Jwt: " + description,
					result.getErrors());
		}
		return jwt;
	}

}
