package app.vitalia.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import app.vitalia.reporting.kpis.KpiGauges;
import app.vitalia.support.Api;
import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KPIs: a member's requests record one activity row for the day, the admin endpoint
 * answers every figure, and the gauges carry the names the dashboard queries.
 */
class KpiTests extends HttpTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KpiGauges gauges;

	@Autowired
	MeterRegistry registry;

	@LocalManagementPort
	int managementPort;

	@Test
	void aMembersRequestsRecordOneActivityRowForTheDay() {
		String token = this.api.newMember();
		UUID id = UUID.fromString(this.api.get("/api/me", token).text("id"));
		for (int i = 0; i < 5; i++) {
			assertThat(this.api.get("/api/me", token).status()).isEqualTo(200);
		}
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Madrid"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from reporting_daily_activity where member_id = ? and active_on = ?", Integer.class,
				id, java.sql.Date.valueOf(today)))
			.isEqualTo(1);
	}

	@Test
	void theAdminSeesEveryKpiAndBadRangesAreProblems() {
		String member = this.api.newMember();
		this.api.get("/api/me", member);
		String admin = this.api.admin();
		Response kpis = this.api.get("/api/admin/kpis", admin);
		assertThat(kpis.status()).isEqualTo(200);
		assertThat(kpis.body().path("activity").path("active1d").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(kpis.body().path("activity").path("active30d").asLong())
			.isGreaterThanOrEqualTo(kpis.body().path("activity").path("active1d").asLong());
		assertThat(kpis.body().path("subscriptions").has("ACTIVE")).isTrue();
		assertThat(kpis.body().path("leaving").isIntegralNumber()).isTrue();
		assertThat(kpis.body().path("newVsChurned")).hasSize(12);
		assertThat(kpis.body().path("dailyActive")).hasSize(30);
		assertThat(kpis.body().path("appointmentsPerWeek")).hasSize(12);
		assertThat(kpis.body().path("revenueByPlan").isArray()).isTrue();
		assertThat(kpis.body().path("mrrTrend").isArray()).isTrue();
		assertThat(this.api.get("/api/admin/kpis?from=2024-02-01&to=2024-02-29", admin).status()).isEqualTo(200);
		assertThat(this.api.get("/api/admin/kpis?from=yesterday", admin).status()).isEqualTo(400);
		assertThat(this.api.get("/api/admin/kpis?from=2024-03-01&to=2024-02-01", admin).status()).isEqualTo(400);
		assertThat(this.api.get("/api/admin/kpis", member).status()).isEqualTo(403);
	}

	@Test
	void theGaugesCarryTheDashboardsNames() {
		Ledgers ledgers = new Ledgers(this.jdbc, "NOK");
		Ledgers.Priced plan = ledgers.plan("g-" + UUID.randomUUID().toString().substring(0, 6), "P1M", "9.00");
		Instant started = Instant.now().minusSeconds(3600);
		ledgers.subscription(UUID.randomUUID(), plan, started, started.plusSeconds(30L * 86400), null, false, null,
				null);
		this.api.get("/api/me", this.api.newMember());
		this.gauges.refresh();
		assertThat(this.registry.find("vitalia.members.active").tag("window", "1d").gauge().value())
			.isGreaterThanOrEqualTo(1);
		assertThat(this.registry.find("vitalia.mrr").tag("currency", "NOK").gauge().value()).isGreaterThanOrEqualTo(9);
		String scrape = new Api(this.managementPort).get("/actuator/prometheus", null).raw().body();
		assertThat(scrape).contains("vitalia_members_active{window=\"1d\"}")
			.contains("vitalia_members_active{window=\"30d\"}")
			.contains("vitalia_stickiness_ratio")
			.contains("vitalia_logging_adherence_ratio")
			.contains("vitalia_subscriptions{status=\"ACTIVE\"}")
			.contains("vitalia_mrr{currency=\"NOK\"} 9.0");
	}

}
