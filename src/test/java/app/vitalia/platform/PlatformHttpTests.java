package app.vitalia.platform;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import app.vitalia.support.HttpTest;
import app.vitalia.support.Api;
import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.core.task.TaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformHttpTests extends HttpTest {

	@LocalManagementPort
	int managementPort;

	@Autowired
	MeterRegistry meters;

	@Autowired
	@Qualifier("applicationTaskExecutor")
	TaskExecutor applicationTasks;

	@Value("${vitalia.async.concurrency}")
	int asyncConcurrency;

	@Test
	void theApplicationExecutorRunsNoMoreTasksAtOnceThanItsBound() throws InterruptedException {
		int tasks = this.asyncConcurrency * 3;
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(tasks);
		for (int i = 0; i < tasks; i++) {
			this.applicationTasks.execute(() -> {
				most.accumulateAndGet(running.incrementAndGet(), Math::max);
				try {
					Thread.sleep(30);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					running.decrementAndGet();
					done.countDown();
				}
			});
		}
		assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
		assertThat(most.get()).isGreaterThan(1).isLessThanOrEqualTo(this.asyncConcurrency);
	}

	@Test
	void healthReportsTheDatabase() {
		Response health = this.api.get("/api/health", null);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.text("status")).isEqualTo("UP");
		assertThat(health.body().path("components").path("db").asString()).isEqualTo("UP");
		assertThat(this.api.get("/livez", null).status()).isEqualTo(200);
		assertThat(this.api.get("/readyz", null).status()).isEqualTo(200);
		Api management = new Api(this.managementPort);
		assertThat(management.get("/actuator/health/liveness", null).status()).isEqualTo(200);
		assertThat(management.get("/actuator/health/readiness", null).status()).isEqualTo(200);
	}

	@Test
	void everyErrorIsAProblemWithAStableType() {
		String token = this.api.newMember();
		assertProblem(this.api.get("/api/no-such-thing", token), 404, "not-found");
		assertProblem(this.api.delete("/api/me/data-export", token), 405, "method-not-allowed");
		assertProblem(this.api.raw(this.api.builder("/api/me/profile", token)
			.header("Content-Type", "text/plain")
			.PUT(HttpRequest.BodyPublishers.ofString("hello"))), 415, "unsupported-media-type");
		assertProblem(this.api.put("/api/me/profile", "{\"birthDate\": ", token), 400, "malformed-request");
		assertProblem(this.api.get("/api/me", null), 401, "unauthorized");
		assertProblem(this.api.get("/api/admin/outbox", token), 403, "forbidden");
		Response tooLarge = this.api.put("/api/me/profile", "{\"x\":\"" + "a".repeat(1_100_000) + "\"}", token);
		assertProblem(tooLarge, 413, "payload-too-large");
	}

	@Test
	void wrongTypesNameTheField() {
		String token = this.api.newMember();
		Response response = this.api.put("/api/me/profile", Map.of("birthDate", "yesterday"), token);
		assertProblem(response, 400, "validation-failed");
		assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("birthDate");
	}

	@Test
	void problemsNeverLeakInternals() {
		Response response = this.api.put("/api/me/profile", "{\"birthDate\": ", this.api.newMember());
		assertThat(response.raw().body()).doesNotContain("Exception", "at app.", "tools.jackson");
	}

	@Test
	void responsesCarrySecurityHeadersRequestIdAndTiming() {
		Response response = this.api
			.raw(this.api.builder("/api/me", this.api.newMember()).header("X-Request-Id", "trace-me-123").GET());
		assertThat(response.header("X-Request-Id")).isEqualTo("trace-me-123");
		assertThat(response.header("Server-Timing")).matches("app;dur=\\d+\\.\\d{2}");
		assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.header("RateLimit")).startsWith("limit=");

		Response forged = this.api
			.raw(this.api.builder("/api/health", null).header("X-Request-Id", "bad id <script>").GET());
		assertThat(forged.header("X-Request-Id")).matches("[0-9a-f-]{36}");
		UUID generated = UUID.fromString(forged.header("X-Request-Id"));
		assertThat(generated.version()).isEqualTo(4);
		assertThat(generated.variant()).isEqualTo(2);
	}

	@Test
	void metricsExposeRequestLatencyPercentiles() {
		this.api.get("/api/health", null);
		Response metrics = new Api(this.managementPort).get("/actuator/prometheus", null);
		assertThat(metrics.status()).isEqualTo(200);
		// a histogram, so p95/p99 aggregate across instances: histogram_quantile(0.99,
		// ...)
		assertThat(metrics.raw().body())
			.containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/health\",le=\"0.01\"}");
	}

	@Test
	void theOperationsSurfaceIsNotOnThePublicPort() {
		for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/health",
				"/actuator/health/readiness", "/actuator/info", "/actuator/env")) {
			Response response = this.api.get(path, null);
			// not served here at all (404), or refused before routing (401)
			assertThat(response.status()).as(path).isIn(401, 404);
			assertThat(response.contentType()).as(path).startsWith("application/problem+json");
			assertThat(response.raw().body()).as(path).doesNotContain("http_server_requests", "jvm_");
		}
		assertThat(this.managementPort).isNotEqualTo(this.port);
	}

	@Test
	void openApiDescribesLimitsAndProblems() {
		Response docs = this.api.get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		String json = docs.raw().body();
		assertThat(json).contains("/api/auth/register", "/api/me/profile", "\"maxLength\":254",
				"application/problem+json", "\"429\"");
		assertThat(this.api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
	}

	@Test
	void requestsAreMeasuredOnceNotPerSecurityFilter() {
		String token = this.api.newMember();
		assertThat(this.api.get("/api/me", token).status()).isEqualTo(200);
		assertThat(this.meters.find("http.server.requests").tag("uri", "/api/me").timer()).isNotNull();
		assertThat(this.meters.getMeters()).map(meter -> meter.getId().getName())
			.noneMatch(name -> name.startsWith("spring.security"));
	}

	private static void assertProblem(Response response, int status, String type) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.text("type")).isEqualTo("https://vitalia.app/problems/" + type);
		assertThat(response.body().path("status").asInt()).isEqualTo(status);
		assertThat(response.text("title")).isNotBlank();
		assertThat(response.text("detail")).isNotBlank();
	}

}
