package app.vitalia.platform.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import app.vitalia.platform.Problems;
import org.hibernate.exception.JDBCConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure caused by the database being out of reach (no connection within
 * the pool's timeout, a connection that broke), which is answered 503 with
 * {@code Retry-After} rather than 500.
 */
final class DatabaseUnavailable {

	static final String RETRY_AFTER_SECONDS = "5";

	private DatabaseUnavailable() {
	}

	static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException
					|| (cause instanceof SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08"))) {
				return true;
			}
		}
		return false;
	}

	static ProblemDetail problem() {
		return Problems.of(503, "DATABASE_UNAVAILABLE",
				"The service cannot reach its database right now; retry in a few seconds");
	}

}
