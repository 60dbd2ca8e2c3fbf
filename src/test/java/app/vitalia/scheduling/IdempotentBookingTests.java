package app.vitalia.scheduling;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static app.vitalia.scheduling.SchedulingFixtures.at;
import static app.vitalia.scheduling.SchedulingFixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Idempotency-Key} on {@code POST /api/appointments}: a lost answer can be fetched
 * again by retrying, and duplicates racing each other book once.
 */
class IdempotentBookingTests extends HttpTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SchedulingFixtures fixtures;

	private SchedulingFixtures.Clinician doctor;

	@BeforeEach
	void clinician() {
		this.fixtures = new SchedulingFixtures(this.api, this.port);
		this.doctor = this.fixtures.clinicianOpenEveryDay("Dr. Idempotent", "nutrition");
	}

	@Test
	void aRetryWithTheSameKeyAnswersTheFirstResultAndBooksOnce() {
		SchedulingFixtures.Member member = this.fixtures.member("Retrying Member");
		String body = booking(at(inDays(3), "10:00"));
		String key = UUID.randomUUID().toString();

		Response first = post(member.token(), key, body);
		Response retry = post(member.token(), key, body);

		assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
		assertThat(first.header("Idempotent-Replayed")).isNull();
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
		assertThat(this.api.get("/api/appointments", member.token()).body().path("content")).hasSize(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefused() {
		SchedulingFixtures.Member member = this.fixtures.member("Careless Member");
		String key = UUID.randomUUID().toString();
		assertThat(post(member.token(), key, booking(at(inDays(3), "11:00"))).status()).isEqualTo(201);

		Response reused = post(member.token(), key, booking(at(inDays(3), "12:00")));

		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.contentType()).startsWith("application/problem+json");
		assertThat(reused.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(this.api.get("/api/appointments", member.token()).body().path("content")).hasSize(1);
	}

	@Test
	void keysBelongToTheirAccount() {
		SchedulingFixtures.Member first = this.fixtures.member("First Member");
		SchedulingFixtures.Member second = this.fixtures.member("Second Member");
		String key = "shared-key-" + UUID.randomUUID();

		Response mine = post(first.token(), key, booking(at(inDays(4), "10:00")));
		Response theirs = post(second.token(), key, booking(at(inDays(4), "11:00")));

		assertThat(mine.status()).isEqualTo(201);
		assertThat(theirs.status()).isEqualTo(201);
		assertThat(theirs.header("Idempotent-Replayed")).isNull();
		assertThat(theirs.text("id")).isNotEqualTo(mine.text("id"));
	}

	@Test
	void aConflictIsNotKeptSoTheRetryRunsAgain() {
		SchedulingFixtures.Member winner = this.fixtures.member("Winner");
		SchedulingFixtures.Member loser = this.fixtures.member("Loser");
		String slot = at(inDays(5), "10:00");
		assertThat(post(winner.token(), UUID.randomUUID().toString(), booking(slot)).status()).isEqualTo(201);
		String key = UUID.randomUUID().toString();

		Response taken = post(loser.token(), key, booking(slot));
		Response again = post(loser.token(), key, booking(slot));

		assertThat(taken.status()).isEqualTo(409);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.header("Idempotent-Replayed")).isNull();
	}

	@Test
	void aMalformedKeyIsAValidationProblem() {
		SchedulingFixtures.Member member = this.fixtures.member("Odd Key Member");

		Response response = post(member.token(), "x".repeat(256), booking(at(inDays(3), "15:00")));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.text("code")).isEqualTo("VALIDATION_FAILED");
		assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
	}

	@Test
	void concurrentDuplicatesBookOnceAndAllGetTheSameAnswer() throws Exception {
		SchedulingFixtures.Member member = this.fixtures.member("Impatient Member");
		String body = booking(at(inDays(6), "10:00"));
		String key = UUID.randomUUID().toString();
		int duplicates = 12;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(duplicates);
		try {
			List<Future<Response>> answers = new ArrayList<>();
			for (int i = 0; i < duplicates; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return post(member.token(), key, body);
				}));
			}
			start.countDown();
			Set<String> ids = new HashSet<>();
			int replayed = 0;
			for (Future<Response> answer : answers) {
				Response response = answer.get();
				assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
				ids.add(response.text("id"));
				if ("true".equals(response.header("Idempotent-Replayed"))) {
					replayed++;
				}
			}
			assertThat(ids).hasSize(1);
			assertThat(replayed).isEqualTo(duplicates - 1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.api.get("/api/appointments", member.token()).body().path("content")).hasSize(1);
	}

	private String booking(String startsAt) {
		return JSON.writeValueAsString(Map.of("doctorId", this.doctor.id().toString(), "startsAt", startsAt));
	}

	private Response post(String token, String key, String body) {
		return this.api.raw(this.api.builder("/api/appointments", token)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

}
