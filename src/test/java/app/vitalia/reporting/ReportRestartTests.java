package app.vitalia.reporting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report whose process died while it was queued or running (its row left live, its
 * heartbeat stopped, its JobRunr job gone with the process) is still the answer to the
 * same request, and finishes once an instance runs the resume sweep, as every instance
 * does at start-up and every minute, through JobRunr. One that keeps dying gives up.
 */
class ReportRestartTests extends HttpTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reports reports;

	@Test
	void aReportRunningWhenItsProcessDiedFinishesAfterARestart() throws InterruptedException {
		UUID running = abandoned(2021, 5, "RUNNING", 1);
		UUID queued = abandoned(2021, 6, "QUEUED", 0);
		String admin = this.api.admin();
		assertThat(this.api.post("/api/admin/reports", Map.of("year", 2021, "month", 5), admin).text("id"))
			.isEqualTo(running.toString());

		assertThat(this.reports.resume()).isGreaterThanOrEqualTo(2);

		for (UUID id : new UUID[] { running, queued }) {
			Response report = awaitEnd(id, admin);
			assertThat(report.text("status")).isEqualTo("DONE");
			assertThat(report.body().path("progress").asInt()).isEqualTo(100);
			assertThat(report.body().path("result").path("month").asInt()).isIn(5, 6);
		}
		assertThat(
				this.jdbc.queryForObject("select attempts from reporting_report where id = ?", Integer.class, running))
			.isEqualTo(2);
		assertThat(this.api.post("/api/admin/reports", Map.of("year", 2021, "month", 5), admin).text("id"))
			.isNotEqualTo(running.toString());
	}

	@Test
	void aReportThatKeepsDyingIsMarkedFailed() throws InterruptedException {
		UUID doomed = abandoned(2021, 7, "RUNNING", 3);
		this.reports.resume();
		Response report = awaitEnd(doomed, this.api.admin());
		assertThat(report.text("status")).isEqualTo("FAILED");
		assertThat(report.text("error")).contains("3 attempts");
	}

	/** A live report as a killed process leaves it: heartbeat ten minutes old. */
	private UUID abandoned(int year, int month, String status, int attempts) {
		UUID id = UUID.randomUUID();
		Timestamp old = Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)));
		this.jdbc.update(
				"insert into reporting_report (id, type, params, status, progress, active_key, attempts, created_at, "
						+ "started_at, heartbeat_at) values (?, 'FINANCIAL_MONTHLY', ?, ?, 35, ?, ?, ?, ?, ?)",
				id, "{\"year\":" + year + ",\"month\":" + month + "}", status,
				"FINANCIAL_MONTHLY:" + java.time.YearMonth.of(year, month), attempts, old,
				status.equals("RUNNING") ? old : null, status.equals("RUNNING") ? old : null);
		return id;
	}

	private Response awaitEnd(UUID id, String admin) throws InterruptedException {
		Response report = this.api.get("/api/admin/reports/" + id, admin);
		for (int i = 0; i < 300 && !report.text("status").equals("DONE")
				&& !report.text("status").equals("FAILED"); i++) {
			Thread.sleep(100);
			report = this.api.get("/api/admin/reports/" + id, admin);
		}
		return report;
	}

}
