package app.vitalia.notifications.channels;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import app.vitalia.notifications.Kind;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two instances sharing one Redis (127.0.0.1:6379 when it runs, required on CI): this
 * application and a second one made of its own listener and live updates.
 */
class LiveUpdatesAcrossInstancesTests extends HttpTest {

	@Autowired
	ObjectProvider<LiveRelay> relay;

	@Autowired
	RedisConnectionFactory connections;

	@Autowired
	JsonMapper json;

	@Value("${vitalia.redis.key-prefix}")
	String prefix;

	/** The second instance's live updates: what it delivers to its pages. */
	static class OtherInstance extends LiveUpdates {

		final List<UUID> deliveredTo = new CopyOnWriteArrayList<>();

		final List<Update> delivered = new CopyOnWriteArrayList<>();

		OtherInstance(ObjectProvider<LiveRelay> relay) {
			super(relay);
		}

		@Override
		public void deliver(UUID memberId, Update update) {
			this.deliveredTo.add(memberId);
			this.delivered.add(update);
		}

	}

	UUID register(String email) {
		assertThat(this.api
			.post("/api/auth/register",
					Map.of("email", email, "password", "correct horse battery staple", "displayName", "Ana"), null)
			.status()).isEqualTo(201);
		return UUID.fromString(this.api.get("/api/me", login(email)).text("id"));
	}

	String login(String email) {
		return this.api.login(email, "correct horse battery staple");
	}

	@Test
	void aNotificationCreatedOnThisInstanceReachesAnotherInstance() throws Exception {
		assumeTrue(this.relay.getIfAvailable() != null, "runs when Redis is configured");
		OtherInstance other = new OtherInstance(this.relay);
		RedisMessageListenerContainer listener = new LiveRelay.InRedis().liveUpdatesListener(this.connections, other,
				this.json, this.prefix);
		listener.afterPropertiesSet();
		listener.start();
		try {
			await().atMost(Duration.ofSeconds(5)).until(listener::isListening);
			UUID member = register("live-" + UUID.randomUUID() + "@example.com");

			// the welcome notification, created here after the registration commits
			await().atMost(Duration.ofSeconds(20)).until(() -> other.deliveredTo.contains(member));
			LiveUpdates.Update update = other.delivered.get(other.deliveredTo.indexOf(member));
			assertThat(update.notification().kind()).isEqualTo(Kind.WELCOME);
			assertThat(update.unreadCount()).isEqualTo(1);
		}
		finally {
			listener.stop();
			listener.destroy();
		}
	}

	@Test
	void anUpdateFromAnotherInstanceReachesAPageConnectedHere() throws Exception {
		assumeTrue(this.relay.getIfAvailable() != null, "runs when Redis is configured");
		String email = "live-page-" + UUID.randomUUID() + "@example.com";
		UUID member = register(email);
		HttpResponse<InputStream> stream = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/me/notifications/stream"))
				.header("Authorization", "Bearer " + login(email))
				.build(), HttpResponse.BodyHandlers.ofInputStream());
		CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					if (line.startsWith("data:") && line.contains("from the other instance")) {
						return line;
					}
				}
				return "";
			}
			catch (Exception ex) {
				return ex.toString();
			}
		});

		// the other instance publishes with a Redis connection of its own
		LiveRelay otherRelay = new LiveRelay(new StringRedisTemplate(this.connections), this.json,
				LiveRelay.channel(this.prefix));
		Inbox.Item item = new Inbox.Item(UUID.randomUUID(), Kind.BADGE_UNLOCKED, "from the other instance", "body",
				"/progress", Instant.now(), null);
		otherRelay.send(member, new LiveUpdates.Update(7, item));

		assertThat(seen.get(20, TimeUnit.SECONDS)).contains("\"unreadCount\":7").contains("BADGE_UNLOCKED");
	}

}
