package app.vitalia.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import app.vitalia.billing.FinancialFigures;
import app.vitalia.reporting.financial.FinancialReport;
import app.vitalia.reporting.financial.MonthlyFinancialReport;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of the month in progress counts as churned only what has ended by now: a
 * subscription cancelled to run out later this month is a cancellation, not churn yet
 * (the admin home showed December's churn on the 2nd, counting ends set for the 6th to
 * the 28th).
 */
class MonthInProgressTests extends HttpTest {

	static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MonthlyFinancialReport report;

	@Test
	void aCancelledPeriodEndingLaterThisMonthIsNotChurnedYet() {
		Instant now = Instant.now();
		YearMonth month = YearMonth.now(MADRID);
		Instant start = month.atDay(1).atStartOfDay(MADRID).toInstant();
		Instant end = month.plusMonths(1).atDay(1).atStartOfDay(MADRID).toInstant();
		// one instant between the month's start and now, one between now and its end
		Instant earlier = start.plus(Duration.between(start, now).dividedBy(2));
		Instant later = now.plus(Duration.between(now, end).dividedBy(2));
		Instant longAgo = start.minus(Duration.ofDays(40));

		Ledgers l = new Ledgers(this.jdbc, "NZD");
		Ledgers.Priced plan = l.plan("mip-" + UUID.randomUUID().toString().substring(0, 8), "P1M", "9.00");
		// ran out earlier this month: churned
		l.subscription(UUID.randomUUID(), plan, longAgo, earlier, null, true, longAgo.plus(Duration.ofDays(1)),
				earlier);
		// cancelled this month, runs to the end of its period later this month: not yet
		l.subscription(UUID.randomUUID(), plan, longAgo, later, null, true, earlier, null);

		FinancialReport computed = this.report.compute(month, MADRID, (progress) -> {
		});
		FinancialReport.Figures figures = computed.currencies()
			.stream()
			.flatMap((c) -> c.plans().stream())
			.filter((p) -> p.planId().equals(plan.planId()))
			.findFirst()
			.orElseThrow()
			.figures();
		assertThat(figures.cancellations()).isEqualTo(1);
		assertThat(figures.churned()).isEqualTo(1);
		assertThat(figures.activeSubscribers()).isEqualTo(1);
	}

	@Autowired
	FinancialFigures figures;

	/**
	 * The KPI card's "the MRR also counts N leaving" counted every CANCELLED
	 * subscription, trials cancelled during the trial too, which never paid and are not
	 * in the MRR.
	 */
	@Test
	void onlyPayingSubscribersWhoCancelledAreLeaving() {
		Instant now = Instant.now();
		Instant longAgo = now.minus(Duration.ofDays(40));
		Instant later = now.plus(Duration.ofDays(10));
		long before = this.figures.leavingSubscribers(now);

		Ledgers l = new Ledgers(this.jdbc, "NZD");
		Ledgers.Priced plan = l.plan("lv-" + UUID.randomUUID().toString().substring(0, 8), "P1M", "9.00");
		// paid, cancelled, leaves later: in the MRR until then
		l.subscription(UUID.randomUUID(), plan, longAgo, later, null, true, now.minus(Duration.ofDays(1)), null);
		// a trial cancelled during the trial: never paid
		l.subscription(UUID.randomUUID(), plan, now.minus(Duration.ofDays(2)), later, later, true,
				now.minus(Duration.ofDays(1)), null);
		// paying and staying
		l.subscription(UUID.randomUUID(), plan, longAgo, later, null, false, null, null);

		assertThat(this.figures.leavingSubscribers(now) - before).isEqualTo(1);
	}

}
