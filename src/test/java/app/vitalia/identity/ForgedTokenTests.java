package app.vitalia.identity;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens signed with the application's own key (as a leaked key or a bug would make) but
 * malformed: each is a 401 problem, never a server error.
 */
class ForgedTokenTests extends HttpTest {

	@Autowired
	JwtEncoder encoder;

	@Test
	void aWellFormedTokenIsAccepted() {
		assertThat(this.api.get("/api/me", sign(claims(this.api.newMember()).build())).status()).isEqualTo(200);
	}

	@Test
	void anUnknownRoleIsUnauthorized() {
		assertUnauthorized(sign(claims(this.api.newMember()).claim("roles", List.of("MEMBER", "SUPERUSER")).build()));
	}

	@Test
	void rolesThatAreNotAListAreUnauthorized() {
		assertUnauthorized(sign(claims(this.api.newMember()).claim("roles", "ADMIN").build()));
	}

	@Test
	void aTokenWithoutExpiryIsUnauthorized() {
		JwtClaimsSet.Builder claims = claims(this.api.newMember());
		claims.claims(all -> all.remove("exp"));
		assertUnauthorized(sign(claims.build()));
	}

	@Test
	void aSubjectThatIsNotAnAccountIdIsUnauthorized() {
		assertUnauthorized(sign(claims(this.api.newMember()).subject("admin").build()));
	}

	private void assertUnauthorized(String token) {
		var response = this.api.get("/api/me", token);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	/** The claims of a real member's token, re-signed after changes. */
	private static JwtClaimsSet.Builder claims(String realToken) {
		JsonNode payload = JsonMapper.builder()
			.build()
			.readTree(Base64.getUrlDecoder().decode(realToken.split("\\.")[1]));
		return JwtClaimsSet.builder()
			.issuer(payload.path("iss").asString())
			.subject(payload.path("sub").asString())
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(600))
			.claim("roles", List.of("MEMBER"))
			.claim("ver", payload.path("ver").asInt());
	}

	private String sign(JwtClaimsSet claims) {
		return this.encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

}
