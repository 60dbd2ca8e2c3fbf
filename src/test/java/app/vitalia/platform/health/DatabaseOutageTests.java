package app.vitalia.platform.health;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import app.vitalia.TestInfrastructure;
import app.vitalia.support.Api;
import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import app.vitalia.support.TcpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database disappears behind a TCP proxy the test cuts, then comes back: readiness
 * follows within 5 s both ways, requests that need the database fail fast with 503, and
 * cached reads keep working.
 */
@TestPropertySource(properties = { "vitalia.test.database=postgres", "vitalia.test.database-proxy=true" })
// closed after the class: cached, its job server would go on taking other tests' jobs
// through
// a proxy these tests cut and silence
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageTests extends HttpTest {

	@LocalManagementPort
	int managementPort;

	private final TcpProxy proxy = TestInfrastructure.databaseProxy();

	@AfterEach
	void restore() {
		this.proxy.restore();
	}

	@Test
	void readinessFollowsTheDatabaseAndRequestsFailFastWith503() throws Exception {
		Api management = new Api(this.managementPort);
		String member = this.api.newMember();
		assertThat(this.api.get("/api/me", member).status()).isEqualTo(200);
		assertThat(management.get("/actuator/health/readiness", null).status()).isEqualTo(200);

		this.proxy.cut();
		long cutAt = System.nanoTime();
		Duration down = waitFor(management, 503);

		long started = System.nanoTime();
		Response needsDatabase = this.api.get("/api/appointments", member);
		Duration failedIn = Duration.ofNanos(System.nanoTime() - started);
		Response cached = this.api.get("/api/me", member);

		this.proxy.restore();
		Duration up = waitFor(management, 200);
		Response afterwards = this.api.get("/api/appointments", member);

		String report = "db outage: readiness DOWN %d ms after the cut, UP %d ms after the restore; a request needing the database answered %d in %d ms; cached /api/me answered %d"
			.formatted(down.toMillis(), up.toMillis(), needsDatabase.status(), failedIn.toMillis(), cached.status());
		System.out.println(report);
		Files.writeString(Path.of("target", "db-outage-report.txt"), report + "\n");

		assertThat(Duration.ofNanos(started - cutAt)).isLessThan(Duration.ofSeconds(10));
		assertThat(down).isLessThan(Duration.ofSeconds(5));
		assertThat(needsDatabase.status()).as(needsDatabase.body().toString()).isEqualTo(503);
		assertThat(needsDatabase.contentType()).startsWith("application/problem+json");
		assertThat(needsDatabase.text("code")).isEqualTo("DATABASE_UNAVAILABLE");
		assertThat(needsDatabase.header("Retry-After")).isNotBlank();
		assertThat(failedIn).isLessThan(Duration.ofSeconds(3));
		assertThat(cached.status()).isEqualTo(200);
		assertThat(up).isLessThan(Duration.ofSeconds(5));
		assertThat(afterwards.status()).isEqualTo(200);
	}

	private static Duration waitFor(Api management, int status) throws InterruptedException {
		long started = System.nanoTime();
		while (System.nanoTime() - started < Duration.ofSeconds(15).toNanos()) {
			if (management.get("/actuator/health/readiness", null).status() == status) {
				return Duration.ofNanos(System.nanoTime() - started);
			}
			Thread.sleep(100);
		}
		return Duration.ofSeconds(15);
	}

}
