package app.vitalia.notifications;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.vitalia.notifications.channels.LiveUpdates;
import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import app.vitalia.support.Profiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class NotificationsHttpTests extends HttpTest {

	static final Pattern UNSUBSCRIBE = Pattern.compile("/unsubscribe\\?token=([A-Za-z0-9_-]{43})");

	String register(String email, String locale) {
		assertThat(this.api
			.post("/api/auth/register", Map.of("email", email, "password", "correct horse battery staple",
					"displayName", "Lucía", "locale", locale), null)
			.status()).isEqualTo(201);
		return this.api.login(email, "correct horse battery staple");
	}

	JsonNode inbox(String token, String query) {
		return this.api.get("/api/me/notifications" + query, token).body();
	}

	JsonNode emailWithSubject(String recipient, String subject) {
		return this.api.lastEmailTo(recipient, message -> message.path("subject").asString().equals(subject));
	}

	@Test
	void aNewMemberIsWelcomedInTheAppAndByEmailInTheirLanguageOnce() {
		String email = "welcome-" + UUID.randomUUID() + "@example.com";
		String token = register(email, "en");
		await().atMost(Duration.ofSeconds(20)).until(() -> inbox(token, "").path("totalElements").asLong() == 1);
		JsonNode item = inbox(token, "").path("content").get(0);
		assertThat(item.path("kind").asString()).isEqualTo("WELCOME");
		assertThat(item.path("title").asString()).isEqualTo("Welcome to Vitalia");
		assertThat(this.api.get("/api/me/notifications/unread-count", token).body().path("unreadCount").asLong())
			.isEqualTo(1);
		JsonNode mail = emailWithSubject(email, "Welcome to Vitalia");
		assertThat(mail.path("body").asString()).contains("Welcome to Vitalia, Lucía!")
			.contains("http://localhost:8080/unsubscribe?token=");

		assertThat(this.api.post("/api/me/notifications/" + item.path("id").asString() + "/read", null, token).status())
			.isEqualTo(204);
		assertThat(inbox(token, "?unread=true").path("totalElements").asLong()).isZero();
		assertThat(this.api.post("/api/me/notifications/" + UUID.randomUUID() + "/read", null, token).status())
			.isEqualTo(404);
		String stranger = this.api.newMember();
		assertThat(
				this.api.post("/api/me/notifications/" + item.path("id").asString() + "/read", null, stranger).status())
			.isEqualTo(404);
	}

	@Autowired
	LiveUpdates liveUpdates;

	@Test
	void shuttingDownEndsOpenStreamsAtOnceInsteadOfWaitingForThem() throws Exception {
		String token = this.api.newMember();
		HttpResponse<InputStream> stream = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/me/notifications/stream"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofInputStream());
		CompletableFuture<Boolean> ended = CompletableFuture.supplyAsync(() -> {
			try (InputStream body = stream.body()) {
				body.readAllBytes();
				return true;
			}
			catch (Exception ex) {
				return false;
			}
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> this.liveUpdates.openStreams() > 0);
		assertThat(ended).isNotDone();
		// what the context does first when it closes, before the web server's graceful
		// shutdown would wait for this request
		assertThat(this.liveUpdates.getPhase()).isGreaterThan(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE);
		this.liveUpdates.stop();
		try {
			assertThat(ended.get(5, TimeUnit.SECONDS)).isTrue();
			assertThat(this.liveUpdates.openStreams()).isZero();
		}
		finally {
			this.liveUpdates.start();
		}
	}

	@Test
	void aBadgeIsAnnouncedLiveAndOnceEvenAfterAReplay() throws Exception {
		String email = "badge-" + UUID.randomUUID() + "@example.com";
		String token = register(email, "es");
		await().atMost(Duration.ofSeconds(20)).until(() -> inbox(token, "").path("totalElements").asLong() == 1);

		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<InputStream> stream = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/me/notifications/stream"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		CompletableFuture<String> badgeEvent = CompletableFuture.supplyAsync(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					if (line.startsWith("data:") && line.contains("BADGE_UNLOCKED")) {
						return line;
					}
				}
				return "";
			}
			catch (Exception ex) {
				return ex.toString();
			}
		});
		this.api.put("/api/me/profile", Profiles.complete(), token);
		assertThat(badgeEvent.get(20, TimeUnit.SECONDS)).contains("Perfil completo").contains("\"unreadCount\":2");

		JsonNode mail = emailWithSubject(email, "¡Has ganado la insignia «Perfil completo»!");
		assertThat(mail.path("body").asString()).contains("Has conseguido la insignia «Perfil completo»");

		String admin = this.api.admin();
		Response replay = this.api.post("/api/admin/gamification/replay", Map.of("dryRun", false), admin);
		String path = "/api/admin/gamification/replay/" + replay.text("id");
		await().atMost(Duration.ofSeconds(60)).until(() -> this.api.get(path, admin).text("status").equals("DONE"));
		assertThat(inbox(token, "").path("content").toString()).containsOnlyOnce("BADGE_UNLOCKED");
		assertThat(this.api.post("/api/me/notifications/read-all", null, token).body().path("marked").asInt())
			.isEqualTo(2);
	}

	@Test
	void preferencesTurnKindsOffButNotPaymentMessagesAndOneClickUnsubscribeNeedsNoSignIn() {
		String email = "prefs-" + UUID.randomUUID() + "@example.com";
		String token = register(email, "es");
		JsonNode defaults = this.api.get("/api/me/notification-preferences", token).body();
		assertThat(defaults.toString()).contains(
				"{\"kind\":\"FOOD_NUDGE\",\"channel\":\"EMAIL\",\"enabled\":false," + "\"locked\":false}",
				"{\"kind\":\"SUBSCRIPTION_RENEWING\",\"channel\":\"EMAIL\",\"enabled\":true," + "\"locked\":true}");

		Response locked = this.api.put("/api/me/notification-preferences",
				List.of(Map.of("kind", "FOOD_NUDGE", "channel", "IN_APP", "enabled", true),
						Map.of("kind", "SUBSCRIPTION_RENEWING", "channel", "EMAIL", "enabled", false)),
				token);
		assertThat(locked.status()).isEqualTo(422);
		assertThat(locked.text("code")).isEqualTo("NOT_SWITCHABLE");
		assertThat(this.api.get("/api/me/notification-preferences", token).body().toString())
			.contains("{\"kind\":\"FOOD_NUDGE\",\"channel\":\"IN_APP\",\"enabled\":false");
		assertThat(this.api
			.put("/api/me/notification-preferences",
					List.of(Map.of("kind", "FOOD_NUDGE", "channel", "IN_APP", "enabled", true)), token)
			.body()
			.toString()).contains("{\"kind\":\"FOOD_NUDGE\",\"channel\":\"IN_APP\",\"enabled\":true");
		assertThat(this.api
			.put("/api/me/notification-preferences",
					List.of(Map.of("kind", "NEWSLETTER", "channel", "EMAIL", "enabled", true)), token)
			.status()).isEqualTo(400);

		Matcher link = UNSUBSCRIBE
			.matcher(emailWithSubject(email, "Te damos la bienvenida a Vitalia").path("body").asString());
		assertThat(link.find()).isTrue();
		Response oneClick = this.api.raw(this.api.builder("/api/notifications/unsubscribe/" + link.group(1), null)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
		assertThat(oneClick.status()).isEqualTo(200);
		assertThat(this.api.get("/api/me/notification-preferences", token).body().toString())
			.contains("{\"kind\":\"WELCOME\",\"channel\":\"EMAIL\",\"enabled\":false");
		assertThat(this.api.post("/api/notifications/unsubscribe/nope", null, null).status()).isEqualTo(404);
	}

}
