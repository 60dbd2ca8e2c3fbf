package app.vitalia.platform.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import app.vitalia.TestInfrastructure;
import app.vitalia.platform.Mailer;
import app.vitalia.support.Api;
import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import app.vitalia.support.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.mail.MailException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Dependencies that accept connections and then never answer (packets silently dropped by
 * a firewall, a hung host), which fail nothing by themselves and would hold requests for
 * the TCP defaults: PostgreSQL and Redis behind proxies the test silences, an SMTP server
 * and a FoodData Central that accept and never say a word. Every request answers within a
 * bounded time with a 503 problem and {@code Retry-After}, and the application recovers
 * when the dependency answers again. Timings go to
 * {@code target/silent-dependency-report.txt}.
 */
@TestPropertySource(properties = { "vitalia.test.database=postgres", "vitalia.test.database-proxy=true",
		"vitalia.test.redis-proxy=true", "vitalia.nutrition.fdc.api-key=test-key",
		"vitalia.http.clients.fdc.timeout=1s", "vitalia.http.clients.fdc.max-attempts=2" })
// closed after the class: cached, its job server would go on taking other tests' jobs
// through
// a proxy these tests cut and silence
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SilentDependencyTests extends HttpTest {

	/** Accepts connections and never reads or writes a byte. */
	private static final SilentServer SILENT = new SilentServer();

	@DynamicPropertySource
	static void silentServers(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SILENT::port);
		registry.add("vitalia.nutrition.fdc.base-url", () -> "http://127.0.0.1:" + SILENT.port() + "/fdc");
	}

	@AfterAll
	static void stopSilentServer() {
		SILENT.close();
	}

	@LocalManagementPort
	int managementPort;

	@Autowired
	Mailer mailer;

	private final TcpProxy database = TestInfrastructure.databaseProxy();

	private final TcpProxy redis = TestInfrastructure.redisProxy();

	@AfterEach
	void restore() {
		this.database.restore();
		this.redis.restore();
	}

	@Test
	void aSilentDatabaseCostsRequestsSecondsAndA503NotAHang() throws Exception {
		Api management = new Api(this.managementPort);
		String member = this.api.newMember();
		assertThat(this.api.get("/api/appointments", member).status()).isEqualTo(200);

		// in flight: a connection the pool just used is handed out without a check, so
		// its statement waits for the socket timeout
		this.database.silence();
		long started = System.nanoTime();
		Response inFlight = this.api.get("/api/appointments", member);
		Duration inFlightTook = since(started);

		// after: the pool checks idle connections and stops waiting for one
		Thread.sleep(1000);
		started = System.nanoTime();
		Response later = this.api.get("/api/appointments", member);
		Duration laterTook = since(started);
		Duration down = waitFor(management, 503);

		this.database.restore();
		Duration up = waitFor(management, 200);
		Response afterwards = this.api.get("/api/appointments", member);

		report("database silent: request in flight answered %d in %d ms; request a second later answered %d in %d ms; readiness DOWN after %d ms more; UP %d ms after the restore"
			.formatted(inFlight.status(), inFlightTook.toMillis(), later.status(), laterTook.toMillis(),
					down.toMillis(), up.toMillis()));
		assertUnavailable(inFlight, "DATABASE_UNAVAILABLE");
		assertThat(inFlightTook).isLessThan(Duration.ofSeconds(13));
		assertUnavailable(later, "DATABASE_UNAVAILABLE");
		assertThat(laterTook).isLessThan(Duration.ofMillis(3500));
		assertThat(down).isLessThan(Duration.ofSeconds(5));
		assertThat(up).isLessThan(Duration.ofSeconds(5));
		assertThat(afterwards.status()).isEqualTo(200);
	}

	@Test
	void aSilentRedisCostsRequestsSecondsAndA503NotAHang() throws Exception {
		String member = this.api.newMember();
		assertThat(this.api.get("/api/me", member).status()).isEqualTo(200);

		this.redis.silence();
		long started = System.nanoTime();
		Response signedIn = this.api.get("/api/me", member);
		Duration signedInTook = since(started);
		started = System.nanoTime();
		Response anonymous = this.api.get("/api/plans", null);
		Duration anonymousTook = since(started);

		this.redis.restore();
		started = System.nanoTime();
		int recovered = 0;
		while (since(started).compareTo(Duration.ofSeconds(15)) < 0
				&& (recovered = this.api.get("/api/me", member).status()) != 200) {
			Thread.sleep(200);
		}
		Duration recoveredIn = since(started);

		report("redis silent: signed-in request answered %d in %d ms, anonymous %d in %d ms; 200 again %d ms after the restore"
			.formatted(signedIn.status(), signedInTook.toMillis(), anonymous.status(), anonymousTook.toMillis(),
					recoveredIn.toMillis()));
		assertUnavailable(signedIn, "SHARED_STORE_UNAVAILABLE");
		assertThat(signedInTook).isLessThan(Duration.ofSeconds(4));
		assertUnavailable(anonymous, "SHARED_STORE_UNAVAILABLE");
		assertThat(anonymousTook).isLessThan(Duration.ofSeconds(4));
		assertThat(recovered).isEqualTo(200);
	}

	@Test
	void aSilentMailServerFailsTheSendInsteadOfHoldingItsThread() {
		long started = System.nanoTime();
		Response registered = this.api.post("/api/auth/register",
				Map.of("email", "silent-" + UUID.randomUUID() + "@example.com", "password",
						"correct horse battery staple", "displayName", "Silent"),
				null);
		Duration registerTook = since(started);

		started = System.nanoTime();
		assertThatThrownBy(() -> this.mailer.sendNow("someone@example.com", "Hello", "text", "<p>html</p>", Map.of()))
			.isInstanceOf(MailException.class);
		Duration sendTook = since(started);

		report("smtp silent: registration answered %d in %d ms (mail goes out after the answer); a send gave up after %d ms"
			.formatted(registered.status(), registerTook.toMillis(), sendTook.toMillis()));
		assertThat(registered.status()).isEqualTo(201);
		assertThat(registerTook).isLessThan(Duration.ofSeconds(3));
		assertThat(sendTook).isLessThan(Duration.ofSeconds(8));
	}

	@Test
	void aSilentRemoteFoodServiceCostsTheSearchSecondsAndItAnswersFromTheLocalCatalog() {
		String member = this.api.newMember();
		long started = System.nanoTime();
		Response search = this.api.get("/api/foods?q=apple&remote=true", member);
		Duration took = since(started);

		report("fdc silent: food search asking FoodData Central answered %d (remote %s) in %d ms (2 attempts of 1 s)"
			.formatted(search.status(), search.text("remote"), took.toMillis()));
		// FoodData Central only completes the local catalog: when it does not answer, the
		// search says so and answers from the catalog (no 503 for an optional source)
		assertThat(search.status()).as(search.raw().body()).isEqualTo(200);
		assertThat(search.text("remote")).isEqualTo("UNAVAILABLE");
		assertThat(took).isLessThan(Duration.ofSeconds(6));
	}

	private static void assertUnavailable(Response response, String code) {
		assertThat(response.status()).as(response.raw().body()).isEqualTo(503);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.text("code")).isEqualTo(code);
		assertThat(response.header("Retry-After")).isNotBlank();
	}

	private static Duration since(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private static void report(String line) throws UncheckedIOException {
		System.out.println(line);
		try {
			Files.writeString(Path.of("target", "silent-dependency-report.txt"), line + "\n", StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Duration waitFor(Api management, int status) throws InterruptedException {
		long started = System.nanoTime();
		while (System.nanoTime() - started < Duration.ofSeconds(15).toNanos()) {
			if (management.get("/actuator/health/readiness", null).status() == status) {
				return since(started);
			}
			Thread.sleep(100);
		}
		return Duration.ofSeconds(15);
	}

	/** A server socket that accepts every connection and never answers. */
	private static final class SilentServer implements AutoCloseable {

		private final ServerSocket server;

		private final List<Socket> held = new CopyOnWriteArrayList<>();

		SilentServer() {
			try {
				this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Thread acceptor = new Thread(() -> {
				while (!this.server.isClosed()) {
					try {
						this.held.add(this.server.accept());
					}
					catch (IOException closed) {
						// stopped
					}
				}
			}, "silent-server");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return this.server.getLocalPort();
		}

		@Override
		public void close() {
			try {
				this.server.close();
				for (Socket socket : this.held) {
					socket.close();
				}
			}
			catch (IOException ignored) {
				// closing anyway
			}
		}

	}

}
