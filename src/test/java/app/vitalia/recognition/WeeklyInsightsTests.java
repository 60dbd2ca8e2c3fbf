package app.vitalia.recognition;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import app.vitalia.support.Profiles;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly summary against a chat stub speaking the OpenAI Chat Completions format. The
 * breaker's state is the application's, so the tests run in order: the ones that need the
 * AI answering first, the burst that opens the breaker last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = { "vitalia.recognition.ai.api-key=sk-test", "vitalia.recognition.ai.model=test-model",
		"vitalia.http.clients.ai-chat.first-backoff=20ms", "vitalia.http.clients.ai-chat.timeout=1s" })
class WeeklyInsightsTests extends HttpTest {

	static final WireMockServer chat = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	static {
		chat.start();
	}

	@DynamicPropertySource
	static void endpoint(DynamicPropertyRegistry registry) {
		registry.add("vitalia.recognition.ai.base-url", () -> chat.baseUrl() + "/v1");
	}

	/** The member whose summary the AI wrote (cached for the breaker test). */
	private static String writtenFor;

	private PhotoPlans plans;

	private LocalDate monday;

	private String week;

	@BeforeEach
	void reset() {
		chat.resetAll();
		this.plans = new PhotoPlans(this.api);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Madrid"));
		this.monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
		this.week = String.format(Locale.ROOT, "%d-W%02d", this.monday.get(IsoFields.WEEK_BASED_YEAR),
				this.monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	@Test
	@Order(1)
	void withoutThePlanFeatureTheSummaryIsRefused() {
		String member = this.plans.memberWith("PHOTO_ANALYSIS");

		Response refused = this.api.get("/api/me/insights/weekly", member);

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text("code")).isEqualTo("PLAN_REQUIRED");
	}

	@Test
	@Order(2)
	void withoutConsentTheSummaryIsLocalAndNothingIsSent() {
		String member = memberWithAWeek();
		chat.stubFor(completions().willReturn(answer("AI text")));

		Response summary = this.api.get("/api/me/insights/weekly?week=" + this.week, member);

		assertThat(summary.status()).isEqualTo(200);
		assertThat(summary.text("source")).isEqualTo("LOCAL");
		assertThat(summary.text("week")).isEqualTo(this.week);
		assertThat(summary.text("text")).contains("3 de 7 días");
		assertThat(chat.getAllServeEvents()).isEmpty();
	}

	@Test
	@Order(3)
	void withConsentTheAiWritesItFromAggregatesOnly() {
		String member = memberWithAWeek();
		consent(member);
		chat.stubFor(completions().willReturn(answer("Buena semana: sube la proteína en la cena.")));

		Response summary = this.api.get("/api/me/insights/weekly?week=" + this.week, member);

		assertThat(summary.text("source")).isEqualTo("AI");
		assertThat(summary.text("text")).isEqualTo("Buena semana: sube la proteína en la cena.");
		assertThat(summary.text("generatedAt")).isNotBlank();
		String sent = chat.getAllServeEvents().get(0).getRequest().getBodyAsString();
		assertThat(sent).contains("test-model").contains("Days logged: 3 of 7").contains("Daily targets:");
		String email = this.api.get("/api/me", member).text("email");
		assertThat(sent).doesNotContain("Test Member")
			.doesNotContain(email)
			.doesNotContain("1990-05-15")
			.doesNotContain("1990");
		chat.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withHeader("Authorization",
				equalTo("Bearer sk-test")));

		Response again = this.api.get("/api/me/insights/weekly?week=" + this.week, member);
		assertThat(again.text("source")).as("the same facts are not sent twice").isEqualTo("CACHED");
		assertThat(again.text("text")).isEqualTo("Buena semana: sube la proteína en la cena.");
		assertThat(again.text("generatedAt")).isEqualTo(summary.text("generatedAt"));
		assertThat(chat.getAllServeEvents()).hasSize(1);

		logApple(member, this.monday.plusDays(4));
		Response rewritten = this.api.get("/api/me/insights/weekly?week=" + this.week, member);
		assertThat(rewritten.text("source")).as("a food logged late into the week").isEqualTo("AI");
		assertThat(chat.getAllServeEvents()).hasSize(2);
		assertThat(chat.getAllServeEvents()).anySatisfy(
				sentAgain -> assertThat(sentAgain.getRequest().getBodyAsString()).contains("Days logged: 4 of 7"));
		writtenFor = member;
	}

	@Test
	@Order(4)
	void aUsedUpQuotaIsNotRetriedAndTheLocalSummaryAnswers() {
		String member = memberWithAWeek();
		consent(member);
		chat.stubFor(completions().willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"You exceeded your current quota, please check your plan and "
					+ "billing details.\",\"type\":\"insufficient_quota\",\"param\":null,"
					+ "\"code\":\"insufficient_quota\"}}")));

		Response summary = this.api.get("/api/me/insights/weekly?week=" + this.week, member);

		assertThat(summary.status()).isEqualTo(200);
		assertThat(summary.text("source")).isEqualTo("LOCAL");
		assertThat(chat.getAllServeEvents()).as("no wait cures a used-up quota").hasSize(1);
	}

	@Test
	@Order(5)
	void aRateLimitedAnswerIsRetriedAfterItsRetryAfter() {
		String member = memberWithAWeek();
		consent(member);
		chat.stubFor(completions().inScenario("limited")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "1")
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"param\":null,"
						+ "\"code\":\"rate_limit_exceeded\"}}"))
			.willSetStateTo("open"));
		chat.stubFor(completions().inScenario("limited").whenScenarioStateIs("open").willReturn(answer("Written.")));

		long started = System.nanoTime();
		Response summary = this.api.get("/api/me/insights/weekly?week=" + this.week, member);
		long tookMs = (System.nanoTime() - started) / 1_000_000;

		assertThat(summary.text("source")).isEqualTo("AI");
		assertThat(chat.getAllServeEvents()).hasSize(2);
		assertThat(tookMs).isGreaterThanOrEqualTo(1000);
	}

	@Test
	@Order(6)
	void aSlowAiIsCutOffAndTheLocalSummaryAnswers() {
		String member = memberWithAWeek();
		consent(member);
		chat.stubFor(completions().willReturn(answer("Too late.").withFixedDelay(2500)));

		Response summary = this.api.get("/api/me/insights/weekly?week=" + this.week, member);

		assertThat(summary.status()).isEqualTo(200);
		assertThat(summary.text("source")).isEqualTo("LOCAL");
		// the summary stays honest about where it came from
		assertThat(summary.text("text")).contains("de 7 días");
	}

	@Test
	@Order(7)
	void aBurstOfServerErrorsOpensTheBreakerAndTheFallbackAnswersFast() {
		assertThat(writtenFor).as("the AI-written summary of an earlier test").isNotNull();
		String member = memberWithAWeek();
		consent(member);
		chat.stubFor(completions().willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}")));

		for (int call = 0; call < 5; call++) {
			assertThat(this.api.get("/api/me/insights/weekly?week=" + this.week, member).text("source"))
				.isEqualTo("LOCAL");
		}
		// 3 attempts per call; the breaker opens once the last 5 calls all failed (the
		// slow
		// answer of the test before counts as one of them)
		int made = chat.getAllServeEvents().size();
		assertThat(made).isBetween(12, 15);

		List<Long> timings = new ArrayList<>();
		for (int call = 0; call < 100; call++) {
			long started = System.nanoTime();
			Response summary = this.api.get("/api/me/insights/weekly?week=" + this.week,
					call % 2 == 0 ? member : writtenFor);
			timings.add((System.nanoTime() - started) / 1_000_000);
			assertThat(summary.status()).isEqualTo(200);
			assertThat(summary.text("source")).isEqualTo(call % 2 == 0 ? "LOCAL" : "CACHED");
		}
		assertThat(chat.getAllServeEvents()).hasSize(made);
		timings.sort(Long::compare);
		long p99 = timings.get(98);
		assertThat(p99).as("p99 of %s ms", timings).isLessThan(300);
		assertThat(this.api.get("/api/me/insights/weekly?week=" + this.week, writtenFor).text("text"))
			.isEqualTo("Buena semana: sube la proteína en la cena.");
	}

	@Test
	@Order(8)
	void aMalformedOrFutureWeekIsABadRequest() {
		String member = this.plans.memberWith("AI_SUMMARY");

		assertThat(this.api.get("/api/me/insights/weekly?week=2026-W99", member).status()).isEqualTo(400);
		assertThat(this.api.get("/api/me/insights/weekly?week=last", member).status()).isEqualTo(400);
		assertThat(this.api.get("/api/me/insights/weekly?week=2999-W01", member).status()).isEqualTo(400);
	}

	private String memberWithAWeek() {
		String member = this.plans.memberWith("AI_SUMMARY");
		assertThat(this.api.put("/api/me/profile", Profiles.complete(), member).status()).isEqualTo(200);
		for (int day = 0; day < 3; day++) {
			logApple(member, this.monday.plusDays(day));
		}
		return member;
	}

	private void logApple(String member, LocalDate day) {
		String apple = this.api.get("/api/foods?q=manzana", member).body().path("content").get(0).path("id").asString();
		Response logged = this.api.post("/api/diary/entries",
				Map.of("date", day.toString(), "meal", "LUNCH", "foodId", apple, "grams", 300), member);
		assertThat(logged.status()).as(logged.body().toString()).isEqualTo(201);
	}

	private void consent(String member) {
		Response settings = this.api.patch("/api/me/settings", Map.of("aiConsent", true), member);
		assertThat(settings.status()).as(settings.body().toString()).isEqualTo(200);
		assertThat(settings.body().path("aiConsent").asBoolean()).isTrue();
	}

	private static com.github.tomakehurst.wiremock.client.MappingBuilder completions() {
		return post(urlEqualTo("/v1/chat/completions"));
	}

	private static ResponseDefinitionBuilder answer(String text) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"chatcmpl-AbC123\",\"object\":\"chat.completion\",\"created\":1735689600,"
					+ "\"model\":\"test-model\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
					+ text + "\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
					+ "\"usage\":{\"prompt_tokens\":31,\"completion_tokens\":9,\"total_tokens\":40}}");
	}

}
