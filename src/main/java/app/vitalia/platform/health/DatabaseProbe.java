package app.vitalia.platform.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks that the database answers. The answer is reused for a short while so that a load
 * balancer polling hard cannot turn health checks into database load.
 */
@Component
class DatabaseProbe {

	private static final Logger log = LoggerFactory.getLogger(DatabaseProbe.class);

	private final DataSource dataSource;

	private final long ttlNanos;

	private volatile long checkedAt;

	private volatile boolean up;

	DatabaseProbe(DataSource dataSource, @Value("${vitalia.health.db-check-ttl:1s}") Duration ttl) {
		this.dataSource = dataSource;
		this.ttlNanos = ttl.toNanos();
		this.checkedAt = System.nanoTime() - this.ttlNanos - 1;
	}

	boolean isUp() {
		long now = System.nanoTime();
		if (now - this.checkedAt > this.ttlNanos) {
			synchronized (this) {
				if (now - this.checkedAt > this.ttlNanos) {
					this.up = check();
					this.checkedAt = System.nanoTime();
				}
			}
		}
		return this.up;
	}

	private boolean check() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			log.warn("Database check failed: {}", ex.getMessage());
			return false;
		}
	}

}
