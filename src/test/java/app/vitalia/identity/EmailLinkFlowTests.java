package app.vitalia.identity;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.vitalia.support.HttpTest;
import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class EmailLinkFlowTests extends HttpTest {

	static final String PASSWORD = "correct horse battery staple";

	static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

	/** The address-verification mail, not the welcome notice sent to new members too. */
	static final Predicate<JsonNode> VERIFICATION = mail -> mail.path("body")
		.asString()
		.contains("verify-email?token=");

	@Test
	void theEmailedLinkVerifiesTheAddressOnce() {
		String email = register("es");
		JsonNode mail = this.api.lastEmailTo(email, VERIFICATION);
		assertThat(mail.path("subject").asString()).isEqualTo("Confirma tu correo en Vitalia");
		assertThat(mail.path("body").asString()).contains("http://localhost:8080/verify-email?token=");
		String token = token(mail);

		assertThat(this.api.post("/api/auth/verify-email", Map.of("token", token), null).status()).isEqualTo(204);
		String access = this.api.login(email, PASSWORD);
		assertThat(this.api.get("/api/me", access).body().path("emailVerified").asBoolean()).isTrue();

		Response again = this.api.post("/api/auth/verify-email", Map.of("token", token), null);
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.text("code")).isEqualTo("INVALID_LINK");
		assertThat(this.api.post("/api/auth/verify-email/resend", null, access).status()).isEqualTo(409);
	}

	@Test
	void resendingReplacesTheEarlierLink() {
		String email = register("en");
		String first = token(this.api.lastEmailTo(email, VERIFICATION));
		String access = this.api.login(email, PASSWORD);
		assertThat(this.api.post("/api/auth/verify-email/resend", "", access).status()).isEqualTo(202);
		JsonNode mail = this.api.lastEmailTo(email, VERIFICATION);
		assertThat(mail.path("subject").asString()).isEqualTo("Confirm your email for Vitalia");
		assertThat(this.api.post("/api/auth/verify-email", Map.of("token", first), null).status()).isEqualTo(400);
		assertThat(this.api.post("/api/auth/verify-email", Map.of("token", token(mail)), null).status()).isEqualTo(204);
	}

	@Test
	void passwordResetByEmailedLinkRevokesSessions() {
		String email = register("es");
		String refresh = this.api.postAsMobile("/api/auth/login", Map.of("email", email, "password", PASSWORD), null)
			.text("refreshToken");

		assertThat(this.api.post("/api/auth/password-reset", Map.of("email", email), null).status()).isEqualTo(202);
		JsonNode mail = this.api.lastEmailTo(email,
				message -> message.path("subject").asString().contains("contraseña"));
		assertThat(mail.path("subject").asString()).isEqualTo("Restablece tu contraseña de Vitalia");
		String token = token(mail);

		Response weak = this.api.post("/api/auth/password-reset/confirm",
				Map.of("token", token, "newPassword", "password1234"), null);
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.body().path("errors").get(0).path("field").asString()).isEqualTo("newPassword");

		String newPassword = "seven purple elephants dancing";
		assertThat(this.api
			.post("/api/auth/password-reset/confirm", Map.of("token", token, "newPassword", newPassword), null)
			.status()).isEqualTo(204);
		assertThat(this.api.postAsMobile("/api/auth/refresh", Map.of("refreshToken", refresh), null).status())
			.isEqualTo(401);
		String access = this.api.login(email, newPassword);
		assertThat(this.api.get("/api/me", access).body().path("emailVerified").asBoolean()).isTrue();
		assertThat(this.api
			.post("/api/auth/password-reset/confirm", Map.of("token", token, "newPassword", "another fine passphrase"),
					null)
			.status()).isEqualTo(400);
	}

	@Test
	void resetRequestsForUnknownEmailsLookTheSame() {
		Response response = this.api.post("/api/auth/password-reset",
				Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com"), null);
		assertThat(response.status()).isEqualTo(202);
	}

	@Test
	void accountSettingsChangeNameAndLanguage() {
		String access = this.api.login(register("es"), PASSWORD);
		Response changed = this.api.patch("/api/me", Map.of("displayName", "  Ana María ", "locale", "en"), access);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.text("displayName")).isEqualTo("Ana María");
		assertThat(this.api.get("/api/me", access).text("locale")).isEqualTo("en");
		assertThat(this.api.patch("/api/me", Map.of("locale", "fr"), access).status()).isEqualTo(400);
	}

	@Test
	void theBootstrapAdminExistsOnceAndSeesTheOutbox() {
		String admin = this.api.admin();
		Response me = this.api.get("/api/me", admin);
		assertThat(me.body().path("roles").toString()).contains("ADMIN");
		assertThat(this.api.get("/api/admin/outbox", admin).status()).isEqualTo(200);
	}

	@Test
	void theOutboxShowsTheMailOfOneAddress() throws InterruptedException {
		String email = register("en");
		Response mine = null;
		for (int i = 0; i < 50 && (mine == null || mine.body().path("content").isEmpty()); i++) {
			Thread.sleep(mine == null ? 0 : 100);
			mine = this.api.get("/api/admin/outbox?to=" + email.toUpperCase(Locale.ROOT), this.api.admin());
		}
		assertThat(mine.body().path("content")).isNotEmpty()
			.allSatisfy((message) -> assertThat(message.path("to").asString()).isEqualTo(email));
		assertThat(mine.body().path("content").toString()).contains("Confirm your email for Vitalia");
		assertThat(this.api.get("/api/admin/outbox?to=nobody-" + UUID.randomUUID() + "@example.com", this.api.admin())
			.body()
			.path("totalElements")
			.asLong()).isZero();
	}

	private String register(String locale) {
		String email = "links-" + UUID.randomUUID() + "@example.com";
		Response registered = this.api.post("/api/auth/register",
				Map.of("email", email, "password", PASSWORD, "displayName", "Ana", "locale", locale), null);
		assertThat(registered.status()).isEqualTo(201);
		return email;
	}

	private static String token(JsonNode mail) {
		Matcher matcher = TOKEN.matcher(mail.path("body").asString());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
