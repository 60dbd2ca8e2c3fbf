package app.vitalia.platform.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code vitalia_db_replica_lag_seconds}: how far the replica's replay is behind, 0 when
 * it has replayed everything it received (an idle primary writes nothing to replay), NaN
 * when it cannot be asked. Read at scrape time (the {@code VitaliaReplicaLagHigh} alert).
 */
class ReplicaLagMetric {

	private static final String LAG = "select case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0 "
			+ "else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0) end";

	private final DataSource replica;

	ReplicaLagMetric(DataSource replica, MeterRegistry registry) {
		this.replica = replica;
		Gauge.builder("vitalia.db.replica.lag", this, ReplicaLagMetric::seconds)
			.baseUnit("seconds")
			.description("Replay lag of the read replica behind the primary")
			.register(registry);
	}

	double seconds() {
		try (Connection connection = this.replica.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(LAG)) {
			return result.next() ? result.getDouble(1) : Double.NaN;
		}
		catch (SQLException ex) {
			return Double.NaN;
		}
	}

}
