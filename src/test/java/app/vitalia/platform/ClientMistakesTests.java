package app.vitalia.platform;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import app.vitalia.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five causes of server errors the probe found, and the answers the container and the
 * firewall give themselves: every client mistake is a 4xx problem, never a 5xx.
 */
class ClientMistakesTests extends HttpTest {

	private static final String LONE_SURROGATE = "\\ud800";

	@Test
	void aLoneSurrogateInAPasswordIsAValidationProblem() {
		String email = "surrogate-" + UUID.randomUUID() + "@example.com";
		String password = "\"correct horse " + LONE_SURROGATE + " battery\"";

		assertValidation(this.api.post("/api/auth/register",
				"{\"email\":\"" + email + "\",\"password\":" + password + ",\"displayName\":\"Sur Rogate\"}", null),
				"password", "INVALID_CHARACTERS");
		assertValidation(
				this.api.post("/api/auth/login", "{\"email\":\"" + email + "\",\"password\":" + password + "}", null),
				"password", "INVALID_CHARACTERS");
		assertValidation(this.api.post("/api/me/password",
				"{\"currentPassword\":\"correct horse battery staple\",\"newPassword\":" + password + "}",
				this.api.newMember()), "newPassword", "INVALID_CHARACTERS");
	}

	@Test
	void aNulByteIsRefusedBeforeAnythingIsWritten() {
		String email = "nul-" + UUID.randomUUID() + "@example.com";
		Response registered = this.api.post("/api/auth/register", "{\"email\":\"" + email
				+ "\",\"password\":\"correct horse battery staple\",\"displayName\":\"N\\u0000L\"}", null);
		assertValidation(registered, "displayName", "INVALID_CHARACTERS");
		// nothing was written: the address is still free
		assertThat(
				this.api
					.post("/api/auth/register", Map.of("email", email, "password", "correct horse battery staple",
							"displayName", "Clean Name"), null)
					.status())
			.isEqualTo(201);
	}

	@Test
	void aDisplayNameRefusedByTheProfileIsRefusedAtRegistration() {
		String token = this.api.newMember();
		assertValidation(this.api.patch("/api/me", Map.of("displayName", "two\nlines"), token), "displayName",
				"ONE_LINE");
		assertValidation(
				this.api.post("/api/auth/register",
						Map.of("email", "lines-" + UUID.randomUUID() + "@example.com", "password",
								"correct horse battery staple", "displayName", "two\nlines"),
						null),
				"displayName", "ONE_LINE");
	}

	@Test
	void aNullPortionIsAValidationProblem() {
		Response response = this.api.post("/api/foods/custom",
				"{\"nameEn\":\"Soup\",\"per100g\":{\"kcal\":50,\"proteinG\":1,\"fatG\":1,\"carbsG\":5},\"portions\":[null]}",
				this.api.newMember());
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		assertThat(response.text("code")).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void datesFarOutsideTheCalendarAreValidationProblems() {
		String token = this.api.newMember();
		assertValidation(this.api.get("/api/appointments?from=%2B999999999-12-31&to=-999999999-01-01", token), "from",
				"OUT_OF_RANGE");
		Response booking = this.api.post("/api/appointments",
				Map.of("doctorId", UUID.randomUUID().toString(), "startsAt", "+999999999-12-31T10:00:00Z"), token);
		assertValidation(booking, "startsAt", "INVALID_FORMAT");
	}

	@Test
	void pagesPastTheCapAreValidationProblemsEverywhere() {
		String admin = this.api.admin();
		for (String path : List.of("/api/admin/outbox", "/api/appointments", "/api/doctors", "/api/patients",
				"/api/foods", "/api/admin/foods/imports")) {
			assertValidation(this.api.get(path + "?page=1000000000", admin), "page", "PAGE_NUMBER");
			assertValidation(this.api.get(path + "?size=1000000", admin), "size", "PAGE_SIZE");
		}
	}

	@Test
	void strictBindingRefusesCoercions() {
		String token = this.api.newMember();
		// enum from a number, date from a number, string from a number and a boolean
		assertValidation(this.api.put("/api/me/profile", "{\"sex\":1}", token), "sex", "INVALID_FORMAT");
		assertValidation(this.api.put("/api/me/profile", "{\"birthDate\":19900101}", token), "birthDate",
				"INVALID_FORMAT");
		assertValidation(this.api.patch("/api/me", "{\"displayName\":12}", token), "displayName", "INVALID_FORMAT");
		assertValidation(this.api.patch("/api/me", "{\"displayName\":true}", token), "displayName", "INVALID_FORMAT");
		Response duplicated = this.api.patch("/api/me", "{\"displayName\":\"A\",\"displayName\":\"B\"}", token);
		assertThat(duplicated.status()).isEqualTo(400);
		assertThat(duplicated.contentType()).startsWith("application/problem+json");
		assertThat(this.api.get("/api/me", token).text("displayName")).isEqualTo("Test Member");
	}

	@Test
	void controlCharactersInQueryParametersAreValidationProblems() {
		assertValidation(this.api.get("/api/doctors?q=a%00b", this.api.newMember()), "q", "INVALID_CHARACTERS");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/a%2Fb", "/api/a%5Cb", "/api/a%00b", "/api/me;jsessionid=1", "/api/../api/me",
			"/api//me", "/api/%2e%2e/me" })
	void pathsTheFirewallOrTomcatRefuseAreProblems(String target) {
		assertRawProblem(RawHttp.get(this.port, target), 400);
	}

	@Test
	void traceIsAProblem() {
		RawHttp.Answer answer = RawHttp.send(this.port,
				"TRACE /api/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(answer.status()).isBetween(400, 499);
		assertRawProblem(answer, answer.status());
	}

	@Test
	void requestLinesAndHeadersOverTheLimitAreProblems() {
		assertRawProblem(RawHttp.get(this.port, "/api/doctors?q=" + "a".repeat(20_000)), 400);
		assertRawProblem(RawHttp.get(this.port, "/api/doctors", "X-Big: " + "b".repeat(20_000)), 400);
	}

	private static void assertValidation(Response response, String field, String code) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.text("code")).isEqualTo("VALIDATION_FAILED");
		assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo(field);
		assertThat(response.body().path("errors").get(0).path("code").asString()).isEqualTo(code);
	}

	private static void assertRawProblem(RawHttp.Answer answer, int status) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.body()).contains("\"status\":" + status, "\"requestId\"");
		assertThat(answer.body()).doesNotContain("Exception", "Tomcat", "<html");
		assertThat(answer.header("X-Request-Id")).isNotBlank();
		assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
	}

}
