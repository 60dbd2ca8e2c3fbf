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
 * the pool's timeout, a connection that broke, a read that timed out), or by Redis (rate
 * limits, shared cache) not answering within its timeout, which is answered 503 with
 * {@code Retry-After} rather than 500.
 */
final class DatabaseUnavailable {

	static final String RETRY_AFTER_SECONDS = "5";

	private DatabaseUnavailable() {
	}

	static boolean causedBy(Throwable failure) {
		return databaseCausedBy(failure) || redisCausedBy(failure);
	}

	static ProblemDetail problemFor(Throwable failure) {
		return databaseCausedBy(failure) ? problem() : Problems.of(503, "SHARED_STORE_UNAVAILABLE",
				"The service cannot reach its shared store right now; retry in a few seconds");
	}

	private static boolean redisCausedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// Spring Data Redis translates Lettuce's failures into generic DAO exceptions
			// (a command timeout becomes a QueryTimeoutException) but keeps them as
			// causes
			if (cause.getClass().getName().startsWith("io.lettuce.core.")
					|| cause.getClass().getName().startsWith("org.springframework.data.redis.")) {
				return true;
			}
		}
		return false;
	}

	private static boolean databaseCausedBy(Throwable failure) {
		if (redisCausedBy(failure)) {
			return false;
		}
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
