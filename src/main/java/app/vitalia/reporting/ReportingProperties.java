package app.vitalia.reporting;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reporting's settings.
 *
 * @param businessTimezone where months start at local midnight
 * ({@code VITALIA_BUSINESS_TIMEZONE}, shared with gamification's leaderboards)
 * @param staleAfter a running report whose heartbeat is older than this is taken as
 * abandoned (its process died) and runs again
 * @param maxAttempts how many times a report may start before it is marked failed
 * @param kpiRefresh how often the KPI gauges are recomputed
 */
@ConfigurationProperties("vitalia.reporting")
record ReportingProperties(ZoneId businessTimezone, Duration staleAfter, int maxAttempts, Duration kpiRefresh) {

	ReportingProperties {
		if (staleAfter.isNegative() || staleAfter.isZero()) {
			throw new IllegalArgumentException("vitalia.reporting.stale-after must be positive");
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("vitalia.reporting.max-attempts must be at least 1");
		}
	}

}
