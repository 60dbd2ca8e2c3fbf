package app.vitalia.identity;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling behind a trusted proxy (the test client is on loopback, which Tomcat
 * trusts for {@code X-Forwarded-For}): attackers spend their own budget, never the
 * owner's.
 */
@TestPropertySource(properties = { "server.forward-headers-strategy=native",
		"vitalia.rate-limit.login-per-account-and-client-per-hour=3", "vitalia.rate-limit.login-per-account-per-hour=6",
		"vitalia.rate-limit.unauthorized-per-ip-per-minute=20" })
class SignInThrottlingTests extends HttpTest {

	private static final String PASSWORD = "correct horse battery staple";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theOwnerSignsInWhileAnAttackerElsewhereIsThrottled() {
		String owner = register();
		for (int i = 0; i < 3; i++) {
			assertThat(login(owner, "guess " + i, "203.0.113.5").status()).isEqualTo(401);
		}
		Response throttled = login(owner, "guess 4", "203.0.113.5");
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.contentType()).startsWith("application/problem+json");
		assertThat(throttled.header("Retry-After")).isNotBlank();
		// the attacker is refused even with the right password...
		assertThat(login(owner, PASSWORD, "203.0.113.5").status()).isEqualTo(429);
		// ...while the owner, from a client that has not been failing, signs in
		assertThat(login(owner, PASSWORD, "198.51.100.7").status()).isEqualTo(200);
	}

	@Test
	void successfulSignInsSpendNothing() {
		String owner = register();
		for (int i = 0; i < 12; i++) {
			assertThat(login(owner, PASSWORD, "198.51.100.8").status()).isEqualTo(200);
		}
	}

	@Test
	void guessesSpreadOverManyClientsAreBoundedPerAccount() {
		String owner = register();
		for (int i = 0; i < 6; i++) {
			assertThat(login(owner, "guess " + i, "203.0.113." + (10 + i)).status()).isEqualTo(401);
		}
		assertThat(login(owner, "guess 7", "203.0.113.99").status()).isEqualTo(429);
	}

	@Test
	void theOwnersDevicesSignInOnceDistributedGuessingHasSpentTheAccountsBudget() {
		String owner = register();
		Response earlier = login(owner, PASSWORD, "198.51.100.40");
		assertThat(earlier.status()).isEqualTo(200);
		String device = deviceCookie(earlier);
		assertThat(device).isNotBlank();
		assertThat(earlier.raw().headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("vitalia_device=")
				.contains("HttpOnly", "SameSite=Strict", "Path=/api/auth/login"));
		for (int i = 0; i < 6; i++) {
			assertThat(login(owner, "guess " + i, "203.0.113." + (30 + i)).status()).isEqualTo(401);
		}
		// the account budget is spent: a client without the owner's device token is
		// refused even with the right password, so guessing stays under the account limit
		assertThat(login(owner, PASSWORD, "198.51.100.41").status()).isEqualTo(429);
		assertThat(
				login(owner, PASSWORD, "198.51.100.41", "forged." + device.substring(device.indexOf('.') + 1)).status())
			.isEqualTo(429);
		// another account's device token does not count for this one
		String otherAccount = register();
		String otherDevice = deviceCookie(login(otherAccount, PASSWORD, "198.51.100.42"));
		assertThat(login(owner, PASSWORD, "198.51.100.42", otherDevice).status()).isEqualTo(429);
		// the owner's device signs in, from where it was and from a new address (a phone
		// that moved networks)
		assertThat(login(owner, PASSWORD, "198.51.100.40", device).status()).isEqualTo(200);
		assertThat(login(owner, PASSWORD, "198.51.100.43", device).status()).isEqualTo(200);
		// a wrong password from the trusted device is still a failure on its own budget
		for (int i = 0; i < 3; i++) {
			assertThat(login(owner, "typo " + i, "198.51.100.44", device).status()).isEqualTo(401);
		}
		assertThat(login(owner, PASSWORD, "198.51.100.44", device).status()).isEqualTo(429);
	}

	@Test
	void unauthorizedAnswersSpendTheClientsBudget() {
		String guesser = "192.0.2." + (1 + (int) (Math.random() * 200));
		int unauthorized = 0;
		Response response;
		do {
			response = this.api.raw(this.api.builder("/api/me", "guessed.token." + unauthorized)
				.header("X-Forwarded-For", guesser)
				.GET());
			unauthorized++;
		}
		while (response.status() == 401 && unauthorized < 100);
		assertThat(response.status()).isEqualTo(429);
		assertThat(unauthorized).isEqualTo(21);
		// another client is unaffected
		assertThat(this.api
			.raw(this.api.builder("/api/me", "guessed.token").header("X-Forwarded-For", "192.0.2.250").GET())
			.status()).isEqualTo(401);
	}

	@Test
	void theWebLoginKeepsTheRefreshTokenInASecureCookieOnly() {
		String owner = register();
		Response web = this.api.raw(this.api.builder("/api/auth/login", null)
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", "198.51.100.30")
			.header("X-Forwarded-Proto", "https")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("email", owner, "password", PASSWORD)))));
		assertThat(web.status()).isEqualTo(200);
		assertThat(web.body().has("refreshToken")).isFalse();
		assertThat(web.header("Set-Cookie")).contains("HttpOnly", "Secure", "SameSite=Strict");

		Response plain = login(owner, PASSWORD, "198.51.100.31");
		assertThat(plain.header("Set-Cookie")).doesNotContain("Secure");

		Response mobile = this.api.postAsMobile("/api/auth/login", Map.of("email", owner, "password", PASSWORD), null);
		assertThat(mobile.text("refreshToken")).isNotBlank();
	}

	@Test
	void aPasswordResetAnswersTheSameForUnknownAddresses() {
		String known = register();
		Response forKnown = reset(known);
		Response forUnknown = reset("nobody-" + UUID.randomUUID() + "@example.com");
		assertThat(forKnown.status()).isEqualTo(202);
		assertThat(forUnknown.status()).isEqualTo(202);
		assertThat(forKnown.raw().body()).isEqualTo(forUnknown.raw().body());
		assertThat(this.api.lastEmailTo(known, mail -> mail.path("subject").asString().contains("contraseña"))
			.path("body")
			.asString()).contains("token=");
	}

	private Response reset(String email) {
		return this.api.raw(this.api.builder("/api/auth/password-reset", null)
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", "198.51.100.200")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("email", email)))));
	}

	private static String deviceCookie(Response response) {
		return response.raw()
			.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("vitalia_device="))
			.map(cookie -> cookie.substring("vitalia_device=".length(), cookie.indexOf(';')))
			.findFirst()
			.orElse(null);
	}

	private Response login(String email, String password, String client, String device) {
		return this.api.raw(this.api.builder("/api/auth/login", null)
			.header("Content-Type", "application/json")
			.header("Cookie", "vitalia_device=" + device)
			.header("X-Forwarded-For", client)
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("email", email, "password", password)))));
	}

	private Response login(String email, String password, String client) {
		return this.api.raw(this.api.builder("/api/auth/login", null)
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", client)
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("email", email, "password", password)))));
	}

	private String register() {
		String email = "throttle-" + UUID.randomUUID() + "@example.com";
		assertThat(this.api
			.post("/api/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", "Owner"), null)
			.status()).isEqualTo(201);
		return email;
	}

}
