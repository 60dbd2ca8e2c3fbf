package app.vitalia.platform;

import org.springframework.web.client.RestClient;

import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import org.springframework.boot.context.properties.bind.Binder;

import app.vitalia.platform.http.OutboundHttpProperties;

import java.util.concurrent.atomic.AtomicInteger;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.vitalia.platform.OutboundCallFailed.Reason;
import app.vitalia.support.OutboundClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shared outbound HTTP facility against a local WireMock server: what is retried and
 * how long it waits, when the breaker opens, what the bulkhead and the time limit refuse,
 * and the metrics a client reports.
 */
class OutboundHttpTests {

	static final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	@BeforeAll
	static void start() {
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	ExecutorService caller = Executors.newSingleThreadExecutor();

	@AfterEach
	void stopCaller() {
		this.caller.shutdownNow();
	}

	@BeforeEach
	void forgetEarlierTests() {
		server.resetAll();
	}

	OutboundHttp.Client client(String... settings) {
		return OutboundClients.configured(properties(settings)).client("stub");
	}

	Map<String, String> properties(String... settings) {
		Map<String, String> properties = new HashMap<>();
		properties.put("vitalia.http.clients.stub.base-url", server.baseUrl());
		properties.put("vitalia.http.clients.stub.first-backoff", "10ms");
		for (int i = 0; i < settings.length; i += 2) {
			properties.put("vitalia.http.clients.stub." + settings[i], settings[i + 1]);
		}
		return properties;
	}

	static String fetch(OutboundHttp.Client client) {
		return client.call(() -> client.rest().get().uri("/thing").retrieve().body(String.class));
	}

	/** Answers in order, then 200 "done" for ever. */
	void answers(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... responses) {
		String state = Scenario.STARTED;
		for (int i = 0; i < responses.length; i++) {
			String next = "answer " + (i + 1);
			server.stubFor(get("/thing").inScenario("script")
				.whenScenarioStateIs(state)
				.willReturn(responses[i])
				.willSetStateTo(next));
			state = next;
		}
		server.stubFor(get("/thing").inScenario("script").whenScenarioStateIs(state).willReturn(ok("done")));
	}

	int hits() {
		return server.countRequestsMatching(getRequestedFor(urlEqualTo("/thing")).build()).getCount();
	}

	@Test
	void makesItsHttpClientAtTheFirstCallNotWhenNamed() {
		AtomicInteger builders = new AtomicInteger();
		OutboundHttpProperties settings = new Binder(new MapConfigurationPropertySource(properties()))
			.bindOrCreate("vitalia.http", OutboundHttpProperties.class);
		OutboundHttp outbound = new OutboundHttp(settings, () -> {
			builders.incrementAndGet();
			return RestClient.builder();
		}, null);
		OutboundHttp.Client client = outbound.client("stub");
		assertThat(builders).hasValue(0);
		answers();
		assertThat(fetch(client)).isEqualTo("done");
		assertThat(fetch(client)).isEqualTo("done");
		assertThat(builders).hasValue(1);
	}

	@Test
	void retriesServerErrorsWithBackoffUntilAnAnswer() {
		answers(aResponse().withStatus(503), aResponse().withStatus(500));
		assertThat(fetch(client("max-attempts", "3"))).isEqualTo("done");
		assertThat(hits()).isEqualTo(3);
	}

	@Test
	void givesUpAfterTheLastAttemptWithTheLastStatus() {
		answers(aResponse().withStatus(502), aResponse().withStatus(503));
		assertThatExceptionOfType(OutboundCallFailed.class).isThrownBy(() -> fetch(client("max-attempts", "2")))
			.satisfies(failed -> {
				assertThat(failed.reason()).isEqualTo(Reason.ERROR_STATUS);
				assertThat(failed.status()).isEqualTo(503);
				assertThat(failed.client()).isEqualTo("stub");
			});
		assertThat(hits()).isEqualTo(2);
	}

	@Test
	void waitsWhatRetryAfterAsksBeforeRetryingATooManyRequests() {
		answers(aResponse().withStatus(429).withHeader("Retry-After", "1"));
		long started = System.nanoTime();
		assertThat(fetch(client("max-attempts", "2"))).isEqualTo("done");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		assertThat(hits()).isEqualTo(2);
	}

	@Test
	void doesNotWaitForARetryAfterLongerThanTheLongestBackoff() {
		answers(aResponse().withStatus(429).withHeader("Retry-After", "120"));
		assertThatExceptionOfType(OutboundCallFailed.class)
			.isThrownBy(() -> fetch(client("max-attempts", "3", "max-backoff", "5s")))
			.satisfies(failed -> assertThat(failed.status()).isEqualTo(429));
		assertThat(hits()).isEqualTo(1);
	}

	@Test
	void aClientCanRefuseToRetryTooManyRequests() {
		answers(aResponse().withStatus(429));
		assertThatExceptionOfType(OutboundCallFailed.class)
			.isThrownBy(() -> fetch(client("max-attempts", "3", "retry-rate-limited", "false")));
		assertThat(hits()).isEqualTo(1);
	}

	@Test
	void neitherRetriesNorCountsTheCallersMistakes() {
		server.stubFor(get("/thing").willReturn(aResponse().withStatus(400)));
		OutboundHttp.Client client = client("max-attempts", "3", "minimum-calls", "2", "sliding-window-size", "2");
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(OutboundCallFailed.class).isThrownBy(() -> fetch(client))
				.satisfies(failed -> assertThat(failed.status()).isEqualTo(400));
		}
		assertThat(hits()).isEqualTo(3);
		assertThat(client.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void opensTheBreakerAfterRepeatedFailuresAndStopsCalling() {
		server.stubFor(get("/thing").willReturn(aResponse().withStatus(503)));
		OutboundHttp.Client client = client("max-attempts", "1", "minimum-calls", "2", "sliding-window-size", "2",
				"open-for", "5m");
		assertThatExceptionOfType(OutboundCallFailed.class).isThrownBy(() -> fetch(client));
		assertThatExceptionOfType(OutboundCallFailed.class).isThrownBy(() -> fetch(client));
		assertThat(client.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThatExceptionOfType(OutboundCallFailed.class).isThrownBy(() -> fetch(client))
			.satisfies(failed -> assertThat(failed.reason()).isEqualTo(Reason.BREAKER_OPEN));
		assertThat(hits()).isEqualTo(2);
	}

	@Test
	void theBulkheadRejectsACallBeyondTheConcurrencyLimit() throws Exception {
		server.stubFor(get("/thing").willReturn(ok("fine")));
		OutboundHttp.Client client = client("max-concurrent-calls", "1", "max-wait", "0ms", "max-attempts", "1",
				"timeout", "30s");
		CountDownLatch inFlight = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		// not on the common pool: with two cores its one worker would block in the call
		// while the HTTP client's timeout handling waits for a turn on that same pool
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> client.call(() -> {
			inFlight.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return client.rest().get().uri("/thing").retrieve().body(String.class);
		}), this.caller);
		assertThat(inFlight.await(30, TimeUnit.SECONDS)).isTrue();
		assertThatExceptionOfType(OutboundCallFailed.class).isThrownBy(() -> fetch(client))
			.satisfies(failed -> assertThat(failed.reason()).isEqualTo(Reason.BULKHEAD_FULL));
		release.countDown();
		assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("fine");
		assertThat(hits()).isEqualTo(1);
	}

	@Test
	void anAttemptPastTheTimeLimitIsAbandonedAndRetried() {
		answers(ok("late").withFixedDelay(3000));
		OutboundHttp.Client client = client("timeout", "300ms", "max-attempts", "2");
		long started = System.nanoTime();
		assertThat(fetch(client)).isEqualTo("done");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
		assertThat(hits()).isEqualTo(2);
	}

	@Test
	void aCallThatNeverAnswersInTimeFailsAsTimedOut() {
		server.stubFor(get("/thing").willReturn(ok("late").withFixedDelay(3000)));
		assertThatExceptionOfType(OutboundCallFailed.class)
			.isThrownBy(() -> fetch(client("timeout", "300ms", "max-attempts", "1")))
			.satisfies(failed -> assertThat(failed.reason()).isEqualTo(Reason.TIMED_OUT));
	}

	@Test
	void theTimeLimitCutsOffAnAttemptWhereTheHttpTimeoutsCannotSee() {
		OutboundHttp.Client client = client("connect-timeout", "100ms", "timeout", "200ms", "max-attempts", "1");
		long started = System.nanoTime();
		assertThatExceptionOfType(OutboundCallFailed.class).isThrownBy(() -> client.call(() -> {
			try {
				Thread.sleep(10_000);
				return client.rest().get().uri("/thing").retrieve().body(String.class);
			}
			catch (InterruptedException cancelled) {
				Thread.currentThread().interrupt();
				return "cancelled";
			}
		})).satisfies(failed -> assertThat(failed.reason()).isEqualTo(Reason.TIMED_OUT));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(hits()).isZero();
	}

	@Test
	void eachClientReportsItsMetricsByName() {
		server.stubFor(get("/thing").willReturn(ok("fine")));
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		OutboundHttp.Client client = OutboundClients.configured(properties(), meters).client("stub");
		fetch(client);
		assertThat(meters.get("resilience4j.circuitbreaker.calls").tag("name", "stub").meters()).isNotEmpty();
		assertThat(meters.get("resilience4j.retry.calls").tag("name", "stub").functionCounters()).isNotEmpty();
		assertThat(meters.get("resilience4j.bulkhead.max.allowed.concurrent.calls").tag("name", "stub").gauge().value())
			.isEqualTo(25);
		assertThat(meters.get("resilience4j.timelimiter.calls")
			.tag("name", "stub")
			.tag("kind", "successful")
			.counter()
			.count()).isEqualTo(1);
	}

}
