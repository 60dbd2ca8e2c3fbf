package app.vitalia.platform.replica;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vitalia.db.replica.*}: a PostgreSQL streaming replica for read-only
 * transactions.
 *
 * @param url JDBC URL of the replica ({@code VITALIA_DB_REPLICA_URL}); unset = no routing
 * @param username defaults to the primary's
 * @param password defaults to the primary's
 * @param stickyFor how long a member's reads stay on the primary after they changed
 * something
 * @param poolSize connections to the replica
 */
@ConfigurationProperties("vitalia.db.replica")
public record ReplicaProperties(String url, String username, String password, Duration stickyFor, int poolSize) {

	public ReplicaProperties {
		stickyFor = (stickyFor != null) ? stickyFor : Duration.ofSeconds(5);
		poolSize = (poolSize > 0) ? poolSize : 10;
	}

}
