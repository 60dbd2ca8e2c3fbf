package app.vitalia.identity;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.identity.access.AccessTokens;
import app.vitalia.support.Api.Response;
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

class SignedInSessionsTests extends HttpTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) Gecko/124.0 Firefox/124.0";

	static final String LAPTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
			+ "Chrome/131.0.0.0 Safari/537.36";

	record SignIn(String accessToken, String refreshToken) {
	}

	private String registered() {
		String email = AuthenticationFlowTests.uniqueEmail();
		assertThat(this.api
			.post("/api/auth/register",
					Map.of("email", email, "password", AuthenticationFlowTests.PASSWORD, "displayName", "Ana"), null)
			.status()).isEqualTo(201);
		return email;
	}

	private SignIn signIn(String email, String userAgent) {
		HttpRequest.Builder request = this.api.builder("/api/auth/login", null)
			.header("Content-Type", "application/json")
			.header("X-Refresh-Token-In-Body", "true")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"email\":\"" + email + "\",\"password\":\"" + AuthenticationFlowTests.PASSWORD + "\"}"));
		if (userAgent != null) {
			request.header("User-Agent", userAgent);
		}
		Response login = this.api.raw(request);
		assertThat(login.status()).as(login.body().toString()).isEqualTo(200);
		return new SignIn(login.text("accessToken"), login.text("refreshToken"));
	}

	private Response refresh(String refreshToken) {
		return this.api.postAsMobile("/api/auth/refresh", Map.of("refreshToken", refreshToken), null);
	}

	private static JsonNode entry(Response sessions, String browser) {
		for (JsonNode session : sessions.body()) {
			if (browser.equals(session.path("browser").asString(null))) {
				return session;
			}
		}
		throw new AssertionError("no " + browser + " sign-in in " + sessions.body());
	}

	@Test
	void aMemberSeesWhereTheyAreSignedInAndSignsOutAnotherDevice() {
		String email = registered();
		SignIn phone = signIn(email, PHONE);
		SignIn laptop = signIn(email, LAPTOP);

		Response sessions = this.api.get("/api/me/sessions", phone.accessToken());
		assertThat(sessions.status()).isEqualTo(200);
		assertThat(sessions.body()).hasSize(2);
		JsonNode onPhone = entry(sessions, "Firefox");
		assertThat(onPhone.path("os").asString()).isEqualTo("Android");
		assertThat(onPhone.path("device").asString()).isEqualTo(PHONE);
		assertThat(onPhone.path("current").asBoolean()).isTrue();
		JsonNode onLaptop = entry(sessions, "Chrome");
		assertThat(onLaptop.path("os").asString()).isEqualTo("Windows");
		assertThat(onLaptop.path("current").asBoolean()).isFalse();
		Instant laptopSignedIn = Instant.parse(onLaptop.path("signedInAt").asString());

		// a refresh keeps the sign-in (same id, same start), newer activity
		Response refreshed = refresh(laptop.refreshToken());
		assertThat(refreshed.status()).isEqualTo(200);
		Response after = this.api.get("/api/me/sessions", refreshed.text("accessToken"));
		assertThat(after.body()).hasSize(2);
		JsonNode laptopAfter = entry(after, "Chrome");
		assertThat(laptopAfter.path("id").asString()).isEqualTo(onLaptop.path("id").asString());
		assertThat(laptopAfter.path("current").asBoolean()).isTrue();
		assertThat(Instant.parse(laptopAfter.path("signedInAt").asString())).isEqualTo(laptopSignedIn);
		assertThat(Instant.parse(laptopAfter.path("lastActiveAt").asString())).isAfterOrEqualTo(laptopSignedIn);

		// the phone signs the laptop out: its refresh token stops working at once
		String laptopId = onLaptop.path("id").asString();
		assertThat(this.api.delete("/api/me/sessions/" + laptopId, phone.accessToken()).status()).isEqualTo(204);
		assertThat(refresh(refreshed.text("refreshToken")).status()).isEqualTo(401);
		Response left = this.api.get("/api/me/sessions", phone.accessToken());
		assertThat(left.body()).hasSize(1);
		assertThat(left.body().get(0).path("current").asBoolean()).isTrue();

		// the laptop's access token lasts a few minutes more, but not to see or end
		// sign-ins
		Response ended = this.api.get("/api/me/sessions", refreshed.text("accessToken"));
		assertThat(ended.status()).isEqualTo(401);
		assertThat(ended.text("code")).isEqualTo("SESSION_ENDED");
		String phoneId = left.body().get(0).path("id").asString();
		assertThat(this.api.delete("/api/me/sessions/" + phoneId, refreshed.text("accessToken")).status())
			.isEqualTo(401);
		assertThat(this.api.post("/api/me/sessions/sign-out-others", Map.of(), refreshed.text("accessToken")).status())
			.isEqualTo(401);
		assertThat(this.api.get("/api/me/sessions", phone.accessToken()).body()).hasSize(1);

		Response again = this.api.delete("/api/me/sessions/" + laptopId, phone.accessToken());
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(this.api.delete("/api/me/sessions/not-an-id", phone.accessToken()).status()).isEqualTo(400);
		assertThat(this.api.get("/api/me/sessions", null).status()).isEqualTo(401);
	}

	@Test
	void signingOutEveryOtherDeviceKeepsThisOneAndTouchesNoOtherAccount() {
		String email = registered();
		SignIn phone = signIn(email, PHONE);
		SignIn laptop = signIn(email, LAPTOP);
		SignIn script = signIn(email, "curl/8.5.0");
		String strangerEmail = registered();
		SignIn stranger = signIn(strangerEmail, LAPTOP);

		// neither a browser nor a system in it: the text itself says what signed in
		Response listed = this.api.get("/api/me/sessions", script.accessToken());
		assertThat(listed.body()).hasSize(3);
		JsonNode scripted = null;
		for (JsonNode session : listed.body()) {
			if ("curl/8.5.0".equals(session.path("device").asString(null))) {
				scripted = session;
			}
		}
		assertThat(scripted).as(listed.body().toString()).isNotNull();
		assertThat(scripted.path("browser").isNull()).isTrue();
		assertThat(scripted.path("os").isNull()).isTrue();
		assertThat(scripted.path("current").asBoolean()).isTrue();

		// another account's sign-in cannot be named
		String strangerSession = this.api.get("/api/me/sessions", stranger.accessToken())
			.body()
			.get(0)
			.path("id")
			.asString();
		assertThat(this.api.delete("/api/me/sessions/" + strangerSession, phone.accessToken()).status()).isEqualTo(404);
		assertThat(this.api.delete("/api/me/sessions/" + UUID.randomUUID(), phone.accessToken()).status())
			.isEqualTo(404);

		Response others = this.api.post("/api/me/sessions/sign-out-others", Map.of(), phone.accessToken());
		assertThat(others.status()).isEqualTo(200);
		assertThat(others.body().path("signedOut").asInt()).isEqualTo(2);
		assertThat(refresh(laptop.refreshToken()).status()).isEqualTo(401);
		assertThat(refresh(script.refreshToken()).status()).isEqualTo(401);
		assertThat(refresh(phone.refreshToken()).status()).isEqualTo(200);
		assertThat(refresh(stranger.refreshToken()).status()).isEqualTo(200);
	}

	@Autowired
	JwtEncoder tokens;

	/**
	 * An access token issued before tokens named their sign-in (an older release, still
	 * within its 15 minutes) lists the sign-ins but cannot say which one is "this
	 * device": signing out every other one is refused, not guessed.
	 */
	@Test
	void aTokenThatDoesNotNameItsSignInCannotSignOutTheOthers() {
		String email = registered();
		SignIn laptop = signIn(email, LAPTOP);
		SignIn phone = signIn(email, PHONE);
		String older = withoutSession(laptop.accessToken());

		Response listed = this.api.get("/api/me/sessions", older);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body()).hasSize(2);
		for (JsonNode session : listed.body()) {
			assertThat(session.path("current").asBoolean()).isFalse();
		}

		Response refused = this.api.post("/api/me/sessions/sign-out-others", Map.of(), older);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.body().path("code").asString()).isEqualTo("SESSION_UNKNOWN");
		assertThat(refresh(phone.refreshToken()).status()).isEqualTo(200);
		assertThat(refresh(laptop.refreshToken()).status()).isEqualTo(200);
	}

	/** The same token, signed the same way, without the {@code sid} claim. */
	private String withoutSession(String accessToken) {
		JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
		JwtClaimsSet.Builder older = JwtClaimsSet.builder()
			.issuer(claims.path("iss").asString())
			.subject(claims.path("sub").asString())
			.issuedAt(Instant.ofEpochSecond(claims.path("iat").asLong()))
			.expiresAt(Instant.ofEpochSecond(claims.path("exp").asLong()))
			.claim("ver", claims.path("ver").asLong());
		List<String> roles = new ArrayList<>();
		claims.path("roles").forEach(role -> roles.add(role.asString()));
		older.claim("roles", roles);
		assertThat(claims.has(AccessTokens.SESSION_CLAIM)).isTrue();
		return this.tokens.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), older.build()))
			.getTokenValue();
	}

}
