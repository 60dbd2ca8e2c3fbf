package app.vitalia.identity.access;

import java.time.Instant;
import java.util.UUID;

import app.vitalia.identity.IdentityProperties;
import app.vitalia.identity.accounts.AccountSnapshot;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues short-lived JWT access tokens carrying the account id, roles, token version and
 * the sign-in they belong to ({@code sid}: the refresh-token family).
 */
@Component
public class AccessTokens {

	private final JwtEncoder encoder;

	private final IdentityProperties properties;

	public AccessTokens(JwtEncoder encoder, IdentityProperties properties) {
		this.encoder = encoder;
		this.properties = properties;
	}

	/** The claim naming the sign-in (refresh-token family) an access token belongs to. */
	public static final String SESSION_CLAIM = "sid";

	public String issue(AccountSnapshot account, UUID session, Instant now) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(JwtConfiguration.ISSUER)
			.subject(account.id().toString())
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.accessTokenTtl()))
			.claim("roles", account.roles().stream().map(Enum::name).sorted().toList())
			.claim("ver", account.tokenVersion())
			.claim(SESSION_CLAIM, session.toString())
			.build();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
		return this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

	public long ttlSeconds() {
		return this.properties.accessTokenTtl().toSeconds();
	}

}
