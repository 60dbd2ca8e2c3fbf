package app.vitalia.platform.health;

import java.sql.Connection;

import javax.sql.DataSource;

import app.vitalia.support.HttpTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway's connections wait minutes for a statement (an index built over a large table),
 * while the same pool's connections for everything else still give up after seconds.
 */
class MigrationTimeoutTests extends HttpTest {

	@Autowired
	Flyway flyway;

	@Autowired
	DataSource dataSource;

	@Test
	void migrationsWaitMinutesAndRequestsSeconds() throws Exception {
		try (Connection migration = this.flyway.getConfiguration().getDataSource().getConnection()) {
			assertThat(migration.getMetaData().getURL()).as("these tests run on PostgreSQL in CI")
				.startsWith("jdbc:postgresql:");
			assertThat(migration.getNetworkTimeout()).isEqualTo(15 * 60 * 1000);
		}
		// the pool hands the same connections out again, with its own timeout back
		for (int i = 0; i < 3; i++) {
			try (Connection request = this.dataSource.getConnection()) {
				assertThat(request.getNetworkTimeout()).isEqualTo(10 * 1000);
			}
		}
	}

}
