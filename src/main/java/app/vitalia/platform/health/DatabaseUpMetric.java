package app.vitalia.platform.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code vitalia_database_up}: 1 while the database answers, 0 when it does not (the
 * {@code VitaliaDatabaseDown} alert). Read at scrape time through the probe's short-lived
 * answer.
 */
@Component
class DatabaseUpMetric {

	DatabaseUpMetric(DatabaseProbe probe, MeterRegistry registry) {
		Gauge.builder("vitalia.database.up", probe, (p) -> p.isUp() ? 1 : 0)
			.description("1 when the database answers a validity check, 0 when it does not")
			.register(registry);
	}

}
