package app.vitalia.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for end-to-end API tests against the running server: JSON in,
 * parsed JSON out, with an optional bearer token.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	/** The application this client calls, e.g. {@code http://localhost:41234}. */
	public String base() {
		return this.base;
	}

	public record Response(int status, JsonNode body, HttpResponse<String> raw) {

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}

		public String text(String field) {
			return this.body.path(field).asString();
		}

	}

	public Response get(String path, String token) {
		return send(builder(path, token).GET());
	}

	public Response post(String path, Object body, String token) {
		return send(builder(path, token).header("Content-Type", "application/json").POST(publisher(body)));
	}

	/**
	 * A POST as a client that cannot keep cookies: asks for the refresh token in the
	 * body.
	 */
	public Response postAsMobile(String path, Object body, String token) {
		return send(builder(path, token).header("Content-Type", "application/json")
			.header("X-Refresh-Token-In-Body", "true")
			.POST(publisher(body)));
	}

	public Response put(String path, Object body, String token) {
		return send(builder(path, token).header("Content-Type", "application/json").PUT(publisher(body)));
	}

	public Response patch(String path, Object body, String token) {
		return send(builder(path, token).header("Content-Type", "application/json").method("PATCH", publisher(body)));
	}

	public Response delete(String path, String token) {
		return send(builder(path, token).DELETE());
	}

	public Response delete(String path, Object body, String token) {
		return send(builder(path, token).header("Content-Type", "application/json").method("DELETE", publisher(body)));
	}

	public Response raw(HttpRequest.Builder request) {
		return send(request);
	}

	public HttpRequest.Builder builder(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	/** Registers a fresh member and returns their access token. */
	public String newMember() {
		String email = "member-" + UUID.randomUUID() + "@example.com";
		String password = "correct horse battery staple";
		Response registered = post("/api/auth/register",
				Map.of("email", email, "password", password, "displayName", "Test Member"), null);
		if (registered.status() != 201) {
			throw new IllegalStateException("registration failed: " + registered.body());
		}
		return login(email, password);
	}

	public static final String ADMIN_EMAIL = "admin@vitalia.test";

	public static final String ADMIN_PASSWORD = "admin password for the tests";

	/**
	 * The bootstrap admin's access token (see src/test/resources/config/application.yml).
	 */
	public String admin() {
		return login(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	/**
	 * The newest dev-outbox email sent to {@code recipient}, read through the admin API.
	 */
	public JsonNode lastEmailTo(String recipient) {
		return lastEmailTo(recipient, message -> true);
	}

	/**
	 * The newest email to {@code recipient} that is {@code wanted}, waiting up to 5 s.
	 */
	public JsonNode lastEmailTo(String recipient, java.util.function.Predicate<JsonNode> wanted) {
		String admin = admin();
		// some emails (password reset) are sent just after the request is answered
		for (int attempt = 0; attempt < 50; attempt++) {
			Response outbox = get("/api/admin/outbox?size=100", admin);
			for (JsonNode message : outbox.body().path("content")) {
				if (message.path("to").asString().equals(recipient) && wanted.test(message)) {
					return message;
				}
			}
			pause();
		}
		throw new IllegalStateException("no email to " + recipient);
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String login(String email, String password) {
		Response login = post("/api/auth/login", Map.of("email", email, "password", password), null);
		if (login.status() != 200) {
			throw new IllegalStateException("login failed: " + login.body());
		}
		return login.text("accessToken");
	}

	private static HttpRequest.BodyPublisher publisher(Object body) {
		if (body instanceof String text) {
			return HttpRequest.BodyPublishers.ofString(text);
		}
		return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String text = response.body();
			JsonNode body = text == null || text.isBlank() ? JSON.nullNode() : parse(text);
			return new Response(response.statusCode(), body, response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode parse(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (RuntimeException notJson) {
			return JSON.getNodeFactory().stringNode(text);
		}
	}

}
