package app.vitalia.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's few real requests, so the per-endpoint panels (bookings) have series to
 * show.
 */
final class SampleTraffic {

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	SampleTraffic(String base) {
		this.base = base;
	}

	/**
	 * Registers and signs in a member, then sends booking requests the API refuses (400).
	 */
	void bookingAttempts() throws Exception {
		String token = signedUpMember();
		for (int i = 0; i < 3; i++) {
			assertThat(post("/api/appointments", token, "{}").statusCode()).isEqualTo(400);
		}
	}

	private String signedUpMember() throws Exception {
		String email = "proof-" + UUID.randomUUID() + "@example.com";
		String password = "a quite long proof passphrase 4 blue green";
		assertThat(post("/api/auth/register", null, "{\"email\":\"" + email + "\",\"password\":\"" + password
				+ "\",\"displayName\":\"Proof\",\"locale\":\"en\"}")
			.statusCode()).isEqualTo(201);
		HttpResponse<String> login = post("/api/auth/login", null,
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
		assertThat(login.statusCode()).isEqualTo(200);
		Matcher token = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(login.body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	/**
	 * What a running release must still do: health, sign-up, sign-in, its own account,
	 * the directory.
	 */
	void smoke() throws Exception {
		assertThat(get("/api/health", null).body()).contains("\"UP\"");
		String token = signedUpMember();
		assertThat(get("/api/me", token).statusCode()).isEqualTo(200);
		assertThat(get("/api/doctors", token).statusCode()).isEqualTo(200);
		assertThat(post("/api/appointments", token, "{}").statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String token, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
