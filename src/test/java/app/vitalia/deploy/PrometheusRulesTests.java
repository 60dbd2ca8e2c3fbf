package app.vitalia.deploy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/prometheus: the configuration and rules load, and the alerts fire when they
 * should.
 */
class PrometheusRulesTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Test
	void configurationAndRulesAreValid() {
		Tool promtool = Tool.required("promtool");
		assertThat(promtool.run(TIMEOUT, "check", "config", "deploy/prometheus/prometheus.yml").succeeded().output())
			.contains("SUCCESS: 2 rule files found");
		promtool
			.run(TIMEOUT, "check", "rules", "deploy/prometheus/rules/recording.yml",
					"deploy/prometheus/rules/alerts.yml")
			.succeeded();
	}

	@Test
	void alertsFireOnTheirThresholdsAndNotBelow() {
		Tool promtool = Tool.required("promtool");
		assertThat(
				promtool.run(TIMEOUT, "test", "rules", "deploy/prometheus/tests/rules_test.yml").succeeded().output())
			.contains("SUCCESS");
	}

}
