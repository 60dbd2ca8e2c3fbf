package app.vitalia.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly financial report against the same facts queried independently: every figure
 * equals a plain SQL query over the seeded billing rows, the month runs from local
 * midnight to local midnight in Europe/Madrid (March 2024 ends on the night clocks go
 * forward), identical requests get one report even when they arrive together. JobRunr's
 * server is off: the tests run the job themselves.
 */
@TestPropertySource(properties = "jobrunr.background-job-server.enabled=false")
class FinancialReportTests extends HttpTest {

	static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reports reports;

	@Test
	void everyFigureEqualsAnIndependentQueryOverTheSeededPayments() {
		String currency = "SEK";
		Instant from = LocalDate.of(2024, 3, 1).atStartOfDay(MADRID).toInstant();
		Instant to = LocalDate.of(2024, 4, 1).atStartOfDay(MADRID).toInstant();
		assertThat(from).isEqualTo(Instant.parse("2024-02-29T23:00:00Z"));
		assertThat(to).isEqualTo(Instant.parse("2024-03-31T22:00:00Z"));
		seedMarch2024(currency);

		String admin = this.api.admin();
		Response queued = this.api.post("/api/admin/reports",
				Map.of("type", "FINANCIAL_MONTHLY", "year", 2024, "month", 3), admin);
		assertThat(queued.status()).isEqualTo(202);
		assertThat(queued.text("status")).isEqualTo("QUEUED");
		String id = queued.text("id");
		assertThat(queued.header("Location")).isEqualTo("/api/admin/reports/" + id);
		assertThat(this.api.get("/api/admin/reports/" + id + "/download", admin).status()).isEqualTo(409);

		runToTheEnd(id);

		Response done = this.api.get("/api/admin/reports/" + id, admin);
		assertThat(done.text("status")).isEqualTo("DONE");
		assertThat(done.body().path("progress").asInt()).isEqualTo(100);
		assertThat(done.body().path("params").path("year").asInt()).isEqualTo(2024);
		assertThat(done.text("startedAt")).isNotBlank();
		assertThat(done.text("finishedAt")).isNotBlank();
		JsonNode sek = currency(done.body().path("result"), currency);

		// by hand: the boundary payments fall where local midnights say
		assertThat(sek.path("totals").path("succeededTransactions").asLong()).isEqualTo(5);
		assertThat(sek.path("totals").path("failedTransactions").asLong()).isEqualTo(2);
		assertThat(decimal(sek.path("totals").path("revenue"))).isEqualByComparingTo("170.00");
		assertThat(decimal(sek.path("totals").path("refunds"))).isEqualByComparingTo("4.00");

		Map<String, Object> expected = independently(currency, from, to, null);
		assertFigures(sek.path("totals"), expected);
		for (JsonNode plan : sek.path("plans")) {
			assertFigures(plan.path("figures"),
					independently(currency, from, to, UUID.fromString(plan.path("planId").asString())));
		}
		assertThat(sek.path("plans")).hasSize(2);

		Response csv = this.api.raw(this.api.builder("/api/admin/reports/" + id + "/download?format=csv", admin)
			.header("Accept-Language", "en")
			.GET());
		assertThat(csv.status()).as(csv.raw().body()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.header("Content-Disposition")).startsWith("attachment").contains("financial-report-2024-03.csv");
		assertThat(csv.raw().body()).startsWith("Currency,Plan,Plan name,Revenue,Refunds,Net,")
			.contains("\r\nSEK,,Total,170.00,4.00,166.00,5,2,");
		Response spanish = this.api.raw(this.api
			.builder("/api/admin/reports/" + id + "/download?format=csv&separator=semicolon&bom=true", admin)
			.header("Accept-Language", "es")
			.GET());
		assertThat(spanish.raw().body()).startsWith("\uFEFFMoneda;Plan;Nombre del plan;Ingresos;Reembolsos;Neto;");
		Response json = this.api.get("/api/admin/reports/" + id + "/download?format=json", admin);
		assertThat(json.header("Content-Disposition")).contains("financial-report-2024-03.json");
		assertThat(json.body().path("currencies")).isNotEmpty();
	}

	@Test
	void identicalRequestsArrivingTogetherGetOneReport() throws Exception {
		String admin = this.api.admin();
		int clients = 8;
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Response>> answers = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			for (int i = 0; i < clients; i++) {
				answers.add(CompletableFuture.supplyAsync(() -> {
					await(start);
					return this.api.post("/api/admin/reports", Map.of("year", 2023, "month", 1), admin);
				}, pool));
			}
			start.countDown();
			Set<String> ids = new java.util.HashSet<>();
			for (CompletableFuture<Response> answer : answers) {
				Response response = answer.get();
				assertThat(response.status()).isEqualTo(202);
				ids.add(response.text("id"));
			}
			assertThat(ids).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from reporting_report where params = '{\"year\":2023,\"month\":1}'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aFinishedReportLeavesRoomForANewOneWithTheSameParameters() {
		String admin = this.api.admin();
		String first = this.api.post("/api/admin/reports", Map.of("year", 2022, "month", 6), admin).text("id");
		assertThat(this.api.post("/api/admin/reports", Map.of("year", 2022, "month", 6), admin).text("id"))
			.isEqualTo(first);
		runToTheEnd(first);
		String second = this.api.post("/api/admin/reports", Map.of("year", 2022, "month", 6), admin).text("id");
		assertThat(second).isNotEqualTo(first);
		Response list = this.api.get("/api/admin/reports?type=FINANCIAL_MONTHLY&size=100", admin);
		assertThat(list.status()).isEqualTo(200);
		List<String> listed = new ArrayList<>();
		list.body().path("content").forEach(r -> listed.add(r.path("id").asString()));
		assertThat(listed).contains(first, second);
		assertThat(list.body().path("totalElements").asLong()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void badRequestsAreProblems() {
		String admin = this.api.admin();
		int nextYear = LocalDate.now(MADRID).getYear() + 1;
		for (Object body : List.of(Map.of("year", 2024, "month", 13), Map.of("year", 1999, "month", 1),
				Map.of("year", nextYear, "month", 1), Map.of("type", "SOMETHING", "year", 2024, "month", 1),
				Map.of("year", "soon"))) {
			Response response = this.api.post("/api/admin/reports", body, admin);
			assertThat(response.status()).as("%s", body).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
		assertThat(this.api.get("/api/admin/reports/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
		assertThat(this.api.get("/api/admin/reports/" + UUID.randomUUID() + "/download", admin).status())
			.isEqualTo(404);
		assertThat(this.api.get("/api/admin/reports?type=OTHER", admin).status()).isEqualTo(400);
		assertThat(this.api.post("/api/admin/reports", Map.of("year", 2024, "month", 1), this.api.newMember()).status())
			.isEqualTo(403);
	}

	/**
	 * Runs the report's job here and waits until the report is done. This context has no
	 * job server, but the other cached test contexts on the same database do: one of them
	 * may claim the enqueued job first, and then this run returns at once while theirs
	 * computes the same report.
	 */
	private void runToTheEnd(String id) {
		this.reports.run(UUID.fromString(id));
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc.queryForObject("select status from reporting_report where id = ?", String.class,
					UUID.fromString(id)), status -> !"QUEUED".equals(status) && !"RUNNING".equals(status));
	}

	/**
	 * March 2024 in Madrid, in SEK: two plans, members who start, renew, fail, cancel,
	 * end and get refunds, with payments on both sides of each local midnight.
	 */
	private void seedMarch2024(String currency) {
		Ledgers l = new Ledgers(this.jdbc, currency);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Ledgers.Priced monthly = l.plan("m-" + tag, "P1M", "10.00");
		Ledgers.Priced yearly = l.plan("y-" + tag, "P1Y", "120.00");
		Instant jan = Instant.parse("2024-01-10T10:00:00Z");
		Instant feb = Instant.parse("2024-02-10T10:00:00Z");
		Instant may = Instant.parse("2024-05-10T10:00:00Z");

		// m1: new on 5 March, monthly; 4.00 of it refunded in March
		UUID m1 = UUID.randomUUID();
		UUID s1 = l.subscription(m1, monthly, at("2024-03-05T09:00:00Z"), may, null, false, null, null);
		UUID p1 = l.payment(s1, m1, monthly, "10.00", "SUCCEEDED", "INITIAL", at("2024-03-05T09:00:00Z"));
		l.refund(p1, "4.00", at("2024-03-06T09:00:00Z"));
		// m2: joined in February, renewed in March, then cancelled; the period ended 20
		// March
		UUID m2 = UUID.randomUUID();
		UUID s2 = l.subscription(m2, monthly, feb, at("2024-03-20T10:00:00Z"), null, true, at("2024-03-12T10:00:00Z"),
				null);
		l.payment(s2, m2, monthly, "10.00", "SUCCEEDED", "INITIAL", feb);
		l.payment(s2, m2, monthly, "10.00", "SUCCEEDED", "RENEWAL", at("2024-03-10T10:00:00Z"));
		// m3: yearly, first paid 00:30 on 1 March local time (still 29 February in UTC),
		// refunded in April
		UUID m3 = UUID.randomUUID();
		UUID s3 = l.subscription(m3, yearly, at("2024-02-29T23:30:00Z"), at("2025-02-28T23:30:00Z"), null, false, null,
				null);
		UUID p3 = l.payment(s3, m3, yearly, "120.00", "SUCCEEDED", "INITIAL", at("2024-02-29T23:30:00Z"));
		l.refund(p3, "120.00", at("2024-04-02T10:00:00Z"));
		// m4: paid 00:30 on 1 April local time (31 March in UTC): April's
		UUID m4 = UUID.randomUUID();
		UUID s4 = l.subscription(m4, monthly, at("2024-03-31T22:30:00Z"), may, null, false, null, null);
		l.payment(s4, m4, monthly, "10.00", "SUCCEEDED", "INITIAL", at("2024-03-31T22:30:00Z"));
		// m5: a failed card then a good one, the last second of March local time
		UUID m5 = UUID.randomUUID();
		UUID s5 = l.subscription(m5, monthly, at("2024-03-31T21:59:59Z"), may, null, false, null, null);
		l.payment(s5, m5, monthly, "10.00", "FAILED", "INITIAL", at("2024-03-31T21:59:00Z"));
		l.payment(s5, m5, monthly, "10.00", "SUCCEEDED", "INITIAL", at("2024-03-31T21:59:59Z"));
		// m6: subscribed in January, dunning failed and ended it on 25 March
		UUID m6 = UUID.randomUUID();
		UUID s6 = l.subscription(m6, monthly, jan, at("2024-03-10T10:00:00Z"), null, false, null,
				at("2024-03-25T10:00:00Z"));
		l.payment(s6, m6, monthly, "10.00", "SUCCEEDED", "INITIAL", jan);
		l.payment(s6, m6, monthly, "10.00", "FAILED", "RENEWAL", at("2024-03-11T10:00:00Z"));
		// m7: yearly since January, nothing in March
		UUID m7 = UUID.randomUUID();
		UUID s7 = l.subscription(m7, yearly, jan, at("2025-01-10T10:00:00Z"), null, false, null, null);
		l.payment(s7, m7, yearly, "120.00", "SUCCEEDED", "INITIAL", jan);
		// m8: in a trial past the end of March, paid 10.00 on 20 March for a proration
		UUID m8 = UUID.randomUUID();
		UUID s8 = l.subscription(m8, monthly, at("2024-03-15T10:00:00Z"), may, at("2024-04-15T10:00:00Z"), false, null,
				null);
		l.payment(s8, m8, monthly, "20.00", "SUCCEEDED", "PRORATION", at("2024-03-20T10:00:00Z"));
	}

	/** The figures of one currency (and plan), each by its own plain query. */
	private Map<String, Object> independently(String currency, Instant from, Instant to, UUID planId) {
		Timestamp f = Timestamp.from(from);
		Timestamp t = Timestamp.from(to);
		String plan = planId != null ? " and plan_id = '" + planId + "'" : "";
		String subscriptionPlan = planId != null ? " and s.plan_id = '" + planId + "'" : "";
		Map<String, Object> figures = new java.util.HashMap<>();
		BigDecimal revenue = this.jdbc.queryForObject("select coalesce(sum(amount), 0) from billing_payment "
				+ "where currency = ? and status in ('SUCCEEDED', 'REFUNDED') and created_at >= ? and created_at < ?"
				+ plan, BigDecimal.class, currency, f, t);
		BigDecimal refunds = this.jdbc.queryForObject("select coalesce(sum(amount), 0) from billing_refund "
				+ "where created_at >= ? and created_at < ? and payment_id in (select id from billing_payment "
				+ "where currency = ?" + plan + ")", BigDecimal.class, f, t, currency);
		figures.put("revenue", revenue);
		figures.put("refunds", refunds);
		figures.put("net", revenue.subtract(refunds));
		figures.put("succeededTransactions",
				count("select count(*) from billing_payment where currency = ? and "
						+ "status in ('SUCCEEDED', 'REFUNDED') and created_at >= ? and created_at < ?" + plan, currency,
						f, t));
		figures.put("failedTransactions", count("select count(*) from billing_payment where currency = ? and "
				+ "status = 'FAILED' and created_at >= ? and created_at < ?" + plan, currency, f, t));
		figures.put("renewals",
				count("select count(*) from billing_payment where currency = ? and status in "
						+ "('SUCCEEDED', 'REFUNDED') and kind = 'RENEWAL' and created_at >= ? and created_at < ?"
						+ plan, currency, f, t));
		figures.put("newSubscriptions", count("select count(*) from billing_payment p where currency = ? "
				+ "and status <> 'FAILED'" + plan + " and created_at >= ? and created_at < ? and created_at = "
				+ "(select min(created_at) from billing_payment q where q.member_id = p.member_id and q.status <> 'FAILED')",
				currency, f, t));
		String ofCurrency = " from billing_subscription s join billing_price r on r.id = s.price_id "
				+ "join billing_plan pl on pl.id = s.plan_id where r.currency = ?" + subscriptionPlan;
		figures.put("cancellations", count(
				"select count(*)" + ofCurrency + " and s.cancelled_at >= ? and s.cancelled_at < ?", currency, f, t));
		figures.put("churned", count("select count(*)" + ofCurrency + " and ((s.ended_at >= ? and s.ended_at < ?) or "
				+ "(s.ended_at is null and s.cancel_at_period_end and s.current_period_end >= ? and s.current_period_end < ?))",
				currency, f, t, f, t));
		String paying = " and s.started_at <= ? and (s.trial_end is null or s.trial_end <= ?) and "
				+ "(s.ended_at is null or s.ended_at > ?) and not (s.cancel_at_period_end and s.current_period_end <= ?)";
		long atStart = count("select count(*)" + ofCurrency + paying, currency, f, f, f, f);
		long atEnd = count("select count(*)" + ofCurrency + paying, currency, t, t, t, t);
		figures.put("activeSubscribersAtStart", atStart);
		figures.put("activeSubscribers", atEnd);
		BigDecimal mrr = this.jdbc.queryForObject("select coalesce(sum(case pl.period when 'P1Y' then r.amount / 12 "
				+ "else r.amount end), 0)" + ofCurrency + paying, BigDecimal.class, currency, t, t, t, t);
		figures.put("mrr", mrr.setScale(2, java.math.RoundingMode.HALF_UP));
		figures.put("churnRate", atStart == 0 ? null : BigDecimal.valueOf((Long) figures.get("churned"))
			.divide(BigDecimal.valueOf(atStart), 4, java.math.RoundingMode.HALF_UP));
		figures.put("arpu", atEnd == 0 ? null
				: revenue.subtract(refunds).divide(BigDecimal.valueOf(atEnd), 2, java.math.RoundingMode.HALF_UP));
		return figures;
	}

	private static void assertFigures(JsonNode actual, Map<String, Object> expected) {
		expected.forEach((name, value) -> {
			JsonNode node = actual.path(name);
			if (value == null) {
				assertThat(node.isNull()).as(name).isTrue();
			}
			else if (value instanceof BigDecimal decimal) {
				assertThat(decimal(node)).as(name).isEqualByComparingTo(decimal);
			}
			else {
				assertThat(node.asLong()).as(name).isEqualTo(((Number) value).longValue());
			}
		});
	}

	private long count(String sql, Object... args) {
		Long count = this.jdbc.queryForObject(sql, Long.class, args);
		return count != null ? count : 0;
	}

	private static JsonNode currency(JsonNode result, String currency) {
		for (JsonNode c : result.path("currencies")) {
			if (c.path("currency").asString().equals(currency)) {
				return c;
			}
		}
		throw new AssertionError("no " + currency + " in " + result);
	}

	private static BigDecimal decimal(JsonNode node) {
		return new BigDecimal(node.asString());
	}

	private static Instant at(String instant) {
		return Instant.parse(instant);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
