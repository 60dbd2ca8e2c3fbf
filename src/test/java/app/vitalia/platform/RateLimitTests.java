package app.vitalia.platform;

import java.util.Map;
import java.util.UUID;

import app.vitalia.support.HttpTest;
import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = { "vitalia.rate-limit.login-per-account-and-client-per-hour=10",
		"vitalia.rate-limit.anonymous-per-minute=1000", "vitalia.rate-limit.authenticated-per-minute=5" })
class RateLimitTests extends HttpTest {

	static final String PASSWORD = "correct horse battery staple";

	@Test
	void bruteForceOnOneAccountIsStoppedWithoutLockingOutOthers() {
		String victim = register();
		String bystander = register();
		int attempts = 0;
		Response response;
		do {
			response = this.api.post("/api/auth/login", Map.of("email", victim, "password", "guess " + attempts), null);
			attempts++;
		}
		while (response.status() == 401 && attempts < 100);
		assertThat(response.status()).isEqualTo(429);
		assertThat(attempts).isEqualTo(11);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
		assertThat(response.header("RateLimit")).contains("remaining=0");
		// even the right password is refused while the account is throttled
		assertThat(this.api.post("/api/auth/login", Map.of("email", victim, "password", PASSWORD), null).status())
			.isEqualTo(429);
		assertThat(this.api.post("/api/auth/login", Map.of("email", bystander, "password", PASSWORD), null).status())
			.isEqualTo(200);
	}

	@Test
	void authenticatedCallsAreLimitedPerAccount() {
		String first = this.api.login(register(), PASSWORD);
		String second = this.api.login(register(), PASSWORD);
		for (int i = 0; i < 5; i++) {
			assertThat(this.api.get("/api/me", first).status()).isEqualTo(200);
		}
		Response limited = this.api.get("/api/me", first);
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("Retry-After")).isNotBlank();
		assertThat(this.api.get("/api/me", second).status()).isEqualTo(200);
		// probes are never throttled
		assertThat(this.api.get("/api/health", null).status()).isEqualTo(200);
	}

	private String register() {
		String email = "rl-" + UUID.randomUUID() + "@example.com";
		Response registered = this.api.post("/api/auth/register",
				Map.of("email", email, "password", PASSWORD, "displayName", "Rate Limited"), null);
		assertThat(registered.status()).isEqualTo(201);
		return email;
	}

}
