package app.vitalia.platform.replica;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Where read-only transactions get their connection: the replica, unless the caller wrote
 * within the read-your-writes window or the replica cannot be reached (then the primary).
 */
class ReplicaDataSource extends AbstractDataSource {

	private static final Logger log = LoggerFactory.getLogger(ReplicaDataSource.class);

	private final DataSource replica;

	private final DataSource primary;

	private final ReadYourWrites readYourWrites;

	ReplicaDataSource(DataSource replica, DataSource primary, ReadYourWrites readYourWrites) {
		this.replica = replica;
		this.primary = primary;
		this.readYourWrites = readYourWrites;
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (this.readYourWrites.mustReadPrimary()) {
			return this.primary.getConnection();
		}
		try {
			return this.replica.getConnection();
		}
		catch (SQLException ex) {
			log.warn("Read replica unavailable, reading from the primary: {}", ex.getMessage());
			return this.primary.getConnection();
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return getConnection();
	}

}
