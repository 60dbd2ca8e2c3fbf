package app.vitalia.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Which database the application runs on, for the few statements PostgreSQL and the
 * embedded H2 write differently. Asked once, at the first use, not at start.
 */
@Component
public class Database {

	private final DataSource dataSource;

	private volatile Boolean postgres;

	Database(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	public boolean isPostgres() {
		Boolean known = this.postgres;
		if (known == null) {
			try (Connection connection = this.dataSource.getConnection()) {
				known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
			}
			catch (SQLException ex) {
				throw new DataAccessResourceFailureException("Could not tell which database this is", ex);
			}
			this.postgres = known;
		}
		return known;
	}

}
