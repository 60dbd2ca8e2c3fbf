package app.vitalia.identity.access;

import java.time.Instant;

import app.vitalia.identity.IdentityProperties;
import app.vitalia.identity.accounts.AccountSnapshot;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues short-lived JWT access tokens carrying the account id, roles and token version.
 */
@Component
public class AccessTokens {

	private final JwtEncoder encoder;

	private final IdentityProperties properties;

	public AccessTokens(JwtEncoder encoder, IdentityProperties properties) {
		this.encoder = encoder;
		this.properties = properties;
	}

	public String issue(AccountSnapshot account, Instant now) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(JwtConfiguration.ISSUER)
			.subject(account.id().toString())
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.accessTokenTtl()))
			.claim("roles", account.roles().stream().map(Enum::name).sorted().toList())
			.claim("ver", account.tokenVersion())
			.build();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
		return this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

	public long ttlSeconds() {
		return this.properties.accessTokenTtl().toSeconds();
	}

}
