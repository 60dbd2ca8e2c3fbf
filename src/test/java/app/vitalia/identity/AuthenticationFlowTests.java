package app.vitalia.identity;

import java.util.Map;
import java.util.UUID;

import app.vitalia.support.HttpTest;
import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationFlowTests extends HttpTest {

	static final String PASSWORD = "correct horse battery staple";

	static String uniqueEmail() {
		return "user-" + UUID.randomUUID() + "@example.com";
	}

	@Test
	void registersLogsInAndKnowsWhoIAm() {
		String email = uniqueEmail();
		Response registered = this.api.post("/api/auth/register",
				Map.of("email", email.toUpperCase(), "password", PASSWORD, "displayName", "Ana", "locale", "en"), null);
		assertThat(registered.status()).isEqualTo(201);
		assertThat(registered.text("email")).isEqualTo(email);
		assertThat(registered.body().path("emailVerified").asBoolean()).isFalse();

		Response login = this.api.postAsMobile("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.text("tokenType")).isEqualTo("Bearer");
		assertThat(login.body().path("expiresIn").asLong()).isEqualTo(900);
		assertThat(login.header("Set-Cookie")).contains("vitalia_refresh=", "HttpOnly", "SameSite=Strict",
				"Path=/api/auth");

		Response me = this.api.get("/api/me", login.text("accessToken"));
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.text("email")).isEqualTo(email);
		assertThat(me.body().path("roles").get(0).asString()).isEqualTo("MEMBER");
		assertThat(me.text("locale")).isEqualTo("en");
	}

	@Test
	void duplicateEmailIsAConflict() {
		String email = uniqueEmail();
		Map<String, String> body = Map.of("email", email, "password", PASSWORD, "displayName", "Ana");
		assertThat(this.api.post("/api/auth/register", body, null).status()).isEqualTo(201);
		Response again = this.api.post("/api/auth/register", body, null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.text("code")).isEqualTo("EMAIL_TAKEN");
		assertThat(again.text("type")).isEqualTo("https://vitalia.app/problems/email-taken");
	}

	@Test
	void weakPasswordsAreRefusedWithFieldErrors() {
		Response tooShort = this.api.post("/api/auth/register",
				Map.of("email", uniqueEmail(), "password", "Sh0rt!", "displayName", "Ana"), null);
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.body().path("errors").get(0).path("field").asString()).isEqualTo("password");
		assertThat(tooShort.body().path("errors").get(0).path("code").asString()).isEqualTo("PASSWORD_TOO_SHORT");

		Response guessable = this.api.post("/api/auth/register",
				Map.of("email", uniqueEmail(), "password", "password1234", "displayName", "Ana"), null);
		assertThat(guessable.status()).isEqualTo(400);
		assertThat(guessable.body().path("errors").get(0).path("code").asString()).isEqualTo("PASSWORD_TOO_WEAK");
	}

	@Test
	void wrongPasswordIsUnauthorizedWithoutSayingWhichPartWasWrong() {
		String email = uniqueEmail();
		this.api.post("/api/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", "Ana"), null);
		Response wrongPassword = this.api.postAsMobile("/api/auth/login",
				Map.of("email", email, "password", "nope nope nope"), null);
		Response unknownEmail = this.api.postAsMobile("/api/auth/login",
				Map.of("email", uniqueEmail(), "password", "nope nope nope"), null);
		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownEmail.status()).isEqualTo(401);
		assertThat(wrongPassword.text("detail")).isEqualTo(unknownEmail.text("detail"));
	}

	@Test
	void refreshRotatesAndAReusedTokenRevokesTheWholeFamily() {
		String email = uniqueEmail();
		this.api.post("/api/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", "Ana"), null);
		String first = this.api.postAsMobile("/api/auth/login", Map.of("email", email, "password", PASSWORD), null)
			.text("refreshToken");

		Response rotated = this.api.postAsMobile("/api/auth/refresh", Map.of("refreshToken", first), null);
		assertThat(rotated.status()).isEqualTo(200);
		String second = rotated.text("refreshToken");
		assertThat(second).isNotEqualTo(first);
		assertThat(this.api.get("/api/me", rotated.text("accessToken")).status()).isEqualTo(200);

		Response replay = this.api.postAsMobile("/api/auth/refresh", Map.of("refreshToken", first), null);
		assertThat(replay.status()).isEqualTo(401);
		assertThat(replay.text("code")).isEqualTo("INVALID_REFRESH_TOKEN");
		// the thief's replay also ends the legitimate holder's session
		assertThat(this.api.postAsMobile("/api/auth/refresh", Map.of("refreshToken", second), null).status())
			.isEqualTo(401);
	}

	@Test
	void logoutRevokesTheRefreshToken() {
		String email = uniqueEmail();
		this.api.post("/api/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", "Ana"), null);
		String refresh = this.api.postAsMobile("/api/auth/login", Map.of("email", email, "password", PASSWORD), null)
			.text("refreshToken");
		Response logout = this.api.post("/api/auth/logout", Map.of("refreshToken", refresh), null);
		assertThat(logout.status()).isEqualTo(204);
		assertThat(logout.header("Set-Cookie")).contains("Max-Age=0");
		assertThat(this.api.postAsMobile("/api/auth/refresh", Map.of("refreshToken", refresh), null).status())
			.isEqualTo(401);
	}

	@Test
	void changingThePasswordRevokesEveryToken() {
		String email = uniqueEmail();
		this.api.post("/api/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", "Ana"), null);
		Response login = this.api.postAsMobile("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
		String access = login.text("accessToken");

		Response wrongCurrent = this.api.post("/api/me/password",
				Map.of("currentPassword", "not my password", "newPassword", "a brand new lighthouse keeper"), access);
		assertThat(wrongCurrent.status()).isEqualTo(400);
		assertThat(wrongCurrent.body().path("errors").get(0).path("field").asString()).isEqualTo("currentPassword");
		// the same password again would change nothing but end every session
		Response same = this.api.post("/api/me/password", Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD),
				access);
		assertThat(same.status()).isEqualTo(400);
		assertThat(same.body().path("errors").get(0).path("code").asString()).isEqualTo("SAME_PASSWORD");
		assertThat(this.api.get("/api/me", access).status()).isEqualTo(200);

		Response changed = this.api.post("/api/me/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "a brand new lighthouse keeper"), access);
		assertThat(changed.status()).isEqualTo(204);
		assertThat(this.api.get("/api/me", access).status()).isEqualTo(401);
		assertThat(this.api.postAsMobile("/api/auth/refresh", Map.of("refreshToken", login.text("refreshToken")), null)
			.status()).isEqualTo(401);
		assertThat(
				this.api.postAsMobile("/api/auth/login", Map.of("email", email, "password", PASSWORD), null).status())
			.isEqualTo(401);
		assertThat(this.api
			.post("/api/auth/login", Map.of("email", email, "password", "a brand new lighthouse keeper"), null)
			.status()).isEqualTo(200);
	}

	@Test
	void malformedAndForgedTokensAreUnauthorized() {
		String token = this.api.newMember();
		String[] parts = token.split("\\.");
		String unsigned = "eyJhbGciOiJub25lIn0." + parts[1] + ".";
		String badSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
		for (String forged : new String[] { unsigned, badSignature, "garbage" }) {
			Response response = this.api.get("/api/me", forged);
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
	}

}
