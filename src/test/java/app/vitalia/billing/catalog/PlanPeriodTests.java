package app.vitalia.billing.catalog;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanPeriodTests {

	@Test
	void aMonthlyPlanRenewsOnTheSameDayClampedAtMonthEnd() {
		PlanPeriod monthly = PlanPeriod.parse("P1M");
		Instant jan31 = Instant.parse("2026-01-31T09:30:00Z");
		assertThat(monthly.end(jan31, 1)).isEqualTo(Instant.parse("2026-02-28T09:30:00Z"));
		assertThat(monthly.end(jan31, 2)).isEqualTo(Instant.parse("2026-03-31T09:30:00Z"));
		assertThat(monthly.end(jan31, 3)).isEqualTo(Instant.parse("2026-04-30T09:30:00Z"));
		assertThat(monthly.end(Instant.parse("2027-01-31T00:00:00Z"), 13))
			.isEqualTo(Instant.parse("2028-02-29T00:00:00Z"));
		assertThat(monthly.end(Instant.parse("2026-03-15T12:00:00Z"), 1))
			.isEqualTo(Instant.parse("2026-04-15T12:00:00Z"));
	}

	@Test
	void daysAndYearsCountFromTheAnchorToo() {
		assertThat(PlanPeriod.parse("P30D").end(Instant.parse("2026-01-31T00:00:00Z"), 2))
			.isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
		assertThat(PlanPeriod.parse("P1Y").end(Instant.parse("2028-02-29T00:00:00Z"), 1))
			.isEqualTo(Instant.parse("2029-02-28T00:00:00Z"));
	}

	@Test
	void onlyPositivePeriodsInOneUnitAreAccepted() {
		assertThat(PlanPeriod.parse("P1M")).isNotNull();
		assertThat(PlanPeriod.parse("P30D")).isNotNull();
		assertThat(PlanPeriod.parse("P1Y")).isNotNull();
		assertThat(PlanPeriod.parse("P1M15D")).isNull();
		assertThat(PlanPeriod.parse("P0D")).isNull();
		assertThat(PlanPeriod.parse("P-1M")).isNull();
		assertThat(PlanPeriod.parse("monthly")).isNull();
		assertThat(PlanPeriod.parse("PT1H")).isNull();
	}

	@Test
	void mapsToStripesRecurringInterval() {
		assertThat(PlanPeriod.parse("P1M").interval()).isEqualTo("month");
		assertThat(PlanPeriod.parse("P3M").intervalCount()).isEqualTo(3);
		assertThat(PlanPeriod.parse("P1Y").interval()).isEqualTo("year");
		assertThat(PlanPeriod.parse("P30D").interval()).isEqualTo("day");
		assertThat(PlanPeriod.parse("P30D").intervalCount()).isEqualTo(30);
	}

}
