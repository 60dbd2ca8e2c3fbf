package app.vitalia.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import app.vitalia.identity.access.AccessTokenDecoder;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenDecoderTests {

	final AtomicInteger verifications = new AtomicInteger();

	final JwtDecoder verifying = token -> {
		this.verifications.incrementAndGet();
		if (!token.startsWith("good")) {
			throw new BadJwtException("bad signature");
		}
		return Jwt.withTokenValue(token).header("alg", "HS256").subject(token).issuedAt(Instant.now()).build();
	};

	final AtomicBoolean revoked = new AtomicBoolean();

	final AccessTokenDecoder tokens = new AccessTokenDecoder(this.verifying,
			jwt -> this.revoked.get()
					? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "revoked", null))
					: OAuth2TokenValidatorResult.success(),
			100, Duration.ofMinutes(5));

	@Test
	void aTokenIsVerifiedOnceAndItsClaimsAreValidatedOnEveryUse() {
		assertThat(this.tokens.decode("good-1").getSubject()).isEqualTo("good-1");
		assertThat(this.tokens.decode("good-1").getSubject()).isEqualTo("good-1");
		assertThat(this.verifications).hasValue(1);

		this.revoked.set(true);
		assertThatThrownBy(() -> this.tokens.decode("good-1")).isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("revoked");
	}

	@Test
	void tokensThatFailVerificationAreNeverRemembered() {
		assertThatThrownBy(() -> this.tokens.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> this.tokens.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThat(this.verifications).hasValue(2);
	}

}
