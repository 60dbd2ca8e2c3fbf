package app.vitalia.platform.health;

import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class HealthControllerTests {

	@Test
	void unreachableDatabaseMeansDownWith503() {
		DriverManagerDataSource unreachable = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/nothing");
		var response = new HealthController(new DatabaseProbe(unreachable, Duration.ZERO)).health();
		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getBody()).containsEntry("status", "DOWN");
	}

	@Test
	void theAnswerIsReusedWithinItsTimeToLive() throws SQLException {
		CountingDataSource dataSource = new CountingDataSource();
		DatabaseProbe probe = new DatabaseProbe(dataSource, Duration.ofMinutes(1));
		for (int i = 0; i < 100; i++) {
			assertThat(probe.isUp()).isTrue();
		}
		assertThat(dataSource.connections).isEqualTo(1);
	}

	static class CountingDataSource extends DriverManagerDataSource {

		int connections;

		CountingDataSource() {
			super("jdbc:h2:mem:health-probe;DB_CLOSE_DELAY=-1");
		}

		@Override
		public java.sql.Connection getConnection() throws SQLException {
			this.connections++;
			return super.getConnection();
		}

	}

}
