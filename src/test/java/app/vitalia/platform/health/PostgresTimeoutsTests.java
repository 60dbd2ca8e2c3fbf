package app.vitalia.platform.health;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresTimeoutsTests {

	@Test
	void theServerWaitsSecondsForADatabaseThatStoppedAnswering() {
		assertThat(PostgresTimeouts.socketTimeout(new MockEnvironment())).isEqualTo(Duration.ofSeconds(10));
		assertThat(PostgresTimeouts.socketTimeout(new MockEnvironment().withProperty("vitalia.db.socket-timeout", "")))
			.isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void aOneOffCommandsBulkStatementsMayRunForMinutes() {
		MockEnvironment command = new MockEnvironment().withProperty("vitalia.command", "seed-demo")
			.withProperty("vitalia.db.socket-timeout", "");
		assertThat(PostgresTimeouts.socketTimeout(command)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void aConfiguredTimeoutAppliesToTheServerAndToCommands() {
		assertThat(
				PostgresTimeouts.socketTimeout(new MockEnvironment().withProperty("vitalia.db.socket-timeout", "30s")))
			.isEqualTo(Duration.ofSeconds(30));
		assertThat(PostgresTimeouts.socketTimeout(new MockEnvironment().withProperty("vitalia.command", "import-foods")
			.withProperty("vitalia.db.socket-timeout", "2m"))).isEqualTo(Duration.ofMinutes(2));
	}

}
