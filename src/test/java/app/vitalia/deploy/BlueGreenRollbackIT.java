package app.vitalia.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production topology as processes (deploy/local/stack.sh): blue serves through
 * HAProxy, Prometheus scrapes both colours with the repository's rules, Alertmanager
 * calls the rollback webhook, which drives HAProxy's runtime API. Proves, in order: a
 * healthy green takes over and stays without a failed request; a green answering 20 %
 * errors is rolled back to blue within 60 s; every dashboard query and alert input
 * answers. Figures go to target/proofs/blue-green.txt. Runs after {@code package}
 * ({@code -Pproofs}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BlueGreenRollbackIT {

	private static final int REQUESTS_PER_SECOND = 20;

	/**
	 * Series this stack does not export: the replica lag gauge (only with a replica
	 * configured). The test fails once one appears, so the exemption goes as soon as its
	 * query can be proven.
	 */
	private static final Set<String> NOT_EXPORTED_YET = Set.of("vitalia_db_replica_lag_seconds");

	private static LocalStack stack;

	private static Traffic traffic;

	private static final List<String> figures = new ArrayList<>();

	@BeforeAll
	static void blueServes() throws InterruptedException {
		stack = new LocalStack();
		stack.up();
		stack.app("blue", Map.of(), "");
		traffic = new Traffic(LocalStack.FRONT + "/api/health", REQUESTS_PER_SECOND);
		healthyUnderLoad("blue");
	}

	/**
	 * A fresh JVM answers its first requests slowly; like a pre-promotion analysis, a
	 * colour gets traffic and must show a p95 under the threshold with no rollback alert
	 * firing before the proof relies on it. The warm-up goes to the instance directly,
	 * not through HAProxy.
	 */
	private static void healthyUnderLoad(String colour) throws InterruptedException {
		Tool promtool = Tool.required("promtool");
		String direct = "http://127.0.0.1:" + (colour.equals("blue") ? 28080 : 28090) + "/api/health";
		try (Traffic warmUp = colour.equals("blue") ? null : new Traffic(direct, REQUESTS_PER_SECOND)) {
			long deadline = System.currentTimeMillis() + 240_000;
			String p95 = "";
			String firing = "";
			do {
				Thread.sleep(3_000);
				p95 = query(promtool, "vitalia:http_latency_p95_seconds:rate1m{color=\"" + colour + "\"} < 0.4");
				firing = query(promtool, "ALERTS{rollback=\"true\", color=\"" + colour + "\", alertstate=\"firing\"}");
			}
			while ((p95.isBlank() || !firing.isBlank()) && System.currentTimeMillis() < deadline);
			assertThat(p95).as("%s's p95 under 400 ms after its warm-up", colour).isNotBlank();
			assertThat(firing).as("rollback alerts on %s after its warm-up", colour).isBlank();
		}
	}

	@AfterAll
	static void down() throws Exception {
		if (traffic != null) {
			traffic.close();
		}
		if (stack != null) {
			stack.close();
		}
		Path out = Tool.REPO.resolve("target/proofs/blue-green.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, figures);
		figures.forEach(System.out::println);
	}

	/**
	 * Last, so the traffic of every earlier step (including green's injected 5xx, whose
	 * series a healthy run never creates) is in Prometheus; booking attempts are sent
	 * now, for the panels on 5-minute windows.
	 */
	@Test
	@Order(4)
	void everyDashboardQueryAndAlertInputAnswers() throws Exception {
		Tool promtool = Tool.required("promtool");
		new SampleTraffic(LocalStack.FRONT).bookingAttempts();
		Set<String> queries = new LinkedHashSet<>(
				PromQueries.dashboardTargets(Tool.REPO.resolve("deploy/grafana/dashboards/vitalia.json")));
		Set<String> alertExpressions = new LinkedHashSet<>();
		for (String file : List.of("recording.yml", "alerts.yml")) {
			Map<String, String> rules = PromQueries.rules(Tool.REPO.resolve("deploy/prometheus/rules/" + file));
			alertExpressions.addAll(rules.values());
			rules.values().forEach((expr) -> queries.addAll(PromQueries.selectors(expr)));
		}
		queries.removeIf((q) -> NOT_EXPORTED_YET.stream().anyMatch(q::contains));
		assertThat(queries).hasSizeGreaterThan(20);

		long deadline = System.currentTimeMillis() + 90_000;
		List<String> empty = new ArrayList<>(queries);
		while (!empty.isEmpty() && System.currentTimeMillis() < deadline) {
			Thread.sleep(3_000);
			empty.removeIf((query) -> !query(promtool, query).isBlank());
		}
		assertThat(empty).as("queries that returned nothing after 90 s of traffic").isEmpty();
		for (String expression : alertExpressions) {
			query(promtool, expression);
		}
		for (String name : NOT_EXPORTED_YET) {
			assertThat(query(promtool, "count({__name__=\"" + name + "\"})"))
				.as("%s is exported now: remove it from NOT_EXPORTED_YET so its queries are proven", name)
				.isBlank();
		}
		figures.add("queries proven: " + queries.size() + " (dashboard targets and rule inputs), alert and "
				+ "recording expressions evaluated without error: " + alertExpressions.size());
	}

	@Test
	@Order(2)
	void aHealthyGreenTakesOverAndStaysWithoutAFailedRequest() throws Exception {
		stack.app("green", Map.of(), "");
		healthyUnderLoad("green");
		long switched = System.currentTimeMillis();
		stack.switchTo("green");
		Thread.sleep(40_000);
		List<Traffic.Sample> after = traffic.since(switched);
		List<Traffic.Sample> lastTen = traffic.since(System.currentTimeMillis() - 15_000)
			.stream()
			.filter((s) -> s.sentAtMillis() < System.currentTimeMillis() - 5_000)
			.toList();
		assertThat(stack.serving()).isEqualTo("green");
		assertThat(lastTen).isNotEmpty().allMatch((s) -> s.servedBy().equals("green"));
		assertThat(after.stream().filter(Traffic.Sample::failed)).as("failed requests during the switch").isEmpty();
		assertThat(stack.webhookLog()).doesNotContain("\"rollback\"");
		figures.add("healthy green: " + after.size() + " requests after the switch, "
				+ after.stream().filter(Traffic.Sample::failed).count() + " failed, still on green after 40 s");

		// back to blue for the next deployment, again without a failed request
		long back = System.currentTimeMillis();
		stack.switchTo("blue");
		Thread.sleep(5_000);
		stack.stopApp("green");
		Thread.sleep(3_000);
		List<Traffic.Sample> returning = traffic.since(back);
		assertThat(returning.stream().filter(Traffic.Sample::failed)).as("failed requests switching back").isEmpty();
		figures.add("switch back to blue and stopping green: " + returning.size() + " requests, 0 failed");
	}

	@Test
	@Order(3)
	void aGreenAnsweringTwentyPercentErrorsIsRolledBackWithinSixtySeconds() throws Exception {
		stack.app("green", Map.of("VITALIA_FAULT_ERROR_RATIO", "0.2"), "fault-injection");
		warmUp("http://127.0.0.1:28090/v3/api-docs");
		awaitNoLatencyAlertFor("green");
		long switched = System.currentTimeMillis();
		stack.switchTo("green");
		long backOnBlue = -1;
		while (System.currentTimeMillis() - switched < 90_000) {
			Thread.sleep(1_000);
			if (stack.webhookLog().contains("\"rollback\"") && "blue".equals(stack.serving())) {
				backOnBlue = System.currentTimeMillis();
				break;
			}
		}
		assertThat(backOnBlue).as("rolled back within 90 s; webhook log:%n%s", stack.webhookLog()).isPositive();
		String trigger = stack.webhookLog()
			.lines()
			.filter((line) -> line.contains("\"rollback\""))
			.findFirst()
			.orElseThrow()
			.replaceAll(".*\"alert\": \"([A-Za-z0-9]+)\".*", "$1");
		Thread.sleep(6_000);
		List<Traffic.Sample> during = traffic.since(switched);
		long lastGreen = during.stream()
			.filter((s) -> s.servedBy().equals("green"))
			.mapToLong(Traffic.Sample::sentAtMillis)
			.max()
			.orElseThrow();
		long failed = during.stream().filter(Traffic.Sample::failed).count();
		long servedByGreen = during.stream().filter((s) -> s.servedBy().equals("green")).count();
		double rollbackSeconds = (lastGreen - switched) / 1000.0;
		figures.add(String.format(
				"faulty green (20 %% errors, %d req/s): last request served by green %.1f s after the switch, "
						+ "HAProxy back on blue (webhook) after %.1f s; %d requests served by green, %d failed "
						+ "(%.1f %%), %d requests in all since the switch",
				REQUESTS_PER_SECOND, rollbackSeconds, (backOnBlue - switched) / 1000.0, servedByGreen, failed,
				100.0 * failed / Math.max(1, servedByGreen), during.size()));
		assertThat(rollbackSeconds).as("seconds until traffic is back on blue").isLessThan(60);
		// Whichever threshold tripped first, green's 20 % errors cross the 5xx one too.
		// When latency rolls back first, the 5xx alert may still be pending as green's
		// traffic drains, so the proof is that its expression held for green.
		Tool promtool = Tool.required("promtool");
		String state = "";
		for (int i = 0; i < 20 && !state.contains("firing"); i++) {
			state = query(promtool, "max by (alertstate) (max_over_time(ALERTS{alertname=\"VitaliaHigh5xxRatio\", "
					+ "color=\"green\"}[5m]))");
			Thread.sleep(state.contains("firing") ? 0 : 3_000);
		}
		String ratio = query(promtool, "max_over_time(vitalia:http_5xx_ratio:rate1m{color=\"green\"}[5m])");
		figures.add("rollback triggered by " + trigger + "; VitaliaHigh5xxRatio for green: "
				+ (state.contains("firing") ? "firing" : state.contains("pending") ? "pending" : "never")
				+ "; green's highest 5xx ratio: " + ratio);
		assertThat(state)
			.as("VitaliaHigh5xxRatio pending or firing for green (highest 5xx ratio %s, scrapes of green: %s)", ratio,
					query(promtool,
							"count_over_time(up{color=\"green\"}[5m]) - sum_over_time(up{color=\"green\"}[5m])"))
			.containsAnyOf("firing", "pending");
		assertThat(stack.serving()).isEqualTo("blue");
		List<Traffic.Sample> settled = traffic.since(lastGreen + 1);
		assertThat(settled).isNotEmpty().allMatch((s) -> s.servedBy().equals("blue") && !s.failed());
		assertThat(failed).as("only green's injected errors failed").isPositive().isLessThanOrEqualTo(servedByGreen);
	}

	/**
	 * Warms a JVM on a path the fault switch leaves alone, so only the injected errors
	 * differ.
	 */
	private static void warmUp(String url) throws InterruptedException {
		// one request first: the path's first answer builds the API description (seconds
		// on a
		// slow machine), and requests queued behind it would count as green's slow start
		try (Traffic first = new Traffic(url, 1)) {
			Thread.sleep(5_000);
		}
		try (Traffic warmUp = new Traffic(url, 5)) {
			Thread.sleep(20_000);
		}
	}

	/**
	 * Waits, at most 90 s, until the p95 alert is neither pending nor firing for a colour
	 * that is not serving yet: a slow start must not be what rolls the release back, nor
	 * hide which threshold its real traffic crosses (a CI run saw green's warm-up fire
	 * it, and the switch was undone after four requests).
	 */
	private static void awaitNoLatencyAlertFor(String colour) throws InterruptedException {
		Tool promtool = Tool.required("promtool");
		String alerts = "";
		for (int i = 0; i < 45; i++) {
			alerts = query(promtool, "ALERTS{alertname=\"VitaliaHighLatencyP95\", color=\"" + colour + "\"}");
			if (!alerts.contains("VitaliaHighLatencyP95")) {
				return;
			}
			Thread.sleep(2_000);
		}
		throw new AssertionError("the p95 alert for " + colour + " still holds after its warm-up: " + alerts);
	}

	private static String query(Tool promtool, String query) {
		Tool.Result result = promtool.run(Duration.ofSeconds(30), "query", "instant", LocalStack.PROMETHEUS, query);
		assertThat(result.exitCode()).as("promtool query instant %s:%n%s", query, result.output()).isZero();
		return result.output().trim();
	}

}
