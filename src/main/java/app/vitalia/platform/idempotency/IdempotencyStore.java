package app.vitalia.platform.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The idempotency records in the database. Every statement commits on its own, outside
 * the handler's transaction, so other instances see a claim at once.
 */
class IdempotencyStore {

	/** The outcome of trying to claim a key. */
	sealed interface Claim {

	}

	/** This request owns the key and runs. */
	record Claimed() implements Claim {
	}

	/** Another request with the same key is running. */
	record InProgress() implements Claim {
	}

	/** The key was used for a different request. */
	record Mismatch() implements Claim {
	}

	/** The first request finished: its answer. */
	record Completed(int status, @Nullable String contentType, @Nullable String location,
			byte @Nullable [] body) implements Claim {
	}

	private record Row(String fingerprint, @Nullable Integer status, @Nullable String contentType,
			@Nullable String location, byte @Nullable [] body, Instant lockedUntil, Instant expiresAt) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final IdempotencyProperties properties;

	IdempotencyStore(JdbcTemplate jdbc, Clock clock, IdempotencyProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	Claim claim(String scope, String key, String fingerprint) {
		for (int attempt = 0; attempt < 3; attempt++) {
			Instant now = this.clock.instant();
			if (insert(scope, key, fingerprint, now)) {
				return new Claimed();
			}
			Row row = find(scope, key);
			if (row == null) {
				continue;
			}
			if (row.expiresAt().isBefore(now)) {
				this.jdbc.update(
						"delete from platform_idempotency_keys where scope = ? and idempotency_key = ? and expires_at < ?",
						scope, key, Timestamp.from(now));
				continue;
			}
			if (!row.fingerprint().equals(fingerprint)) {
				return new Mismatch();
			}
			if (row.status() != null) {
				return new Completed(row.status(), row.contentType(), row.location(), row.body());
			}
			if (row.lockedUntil().isBefore(now) && takeOver(scope, key, row.lockedUntil(), now)) {
				return new Claimed();
			}
			return new InProgress();
		}
		return new InProgress();
	}

	void complete(String scope, String key, int status, @Nullable String contentType, @Nullable String location,
			byte[] body) {
		this.jdbc.update("update platform_idempotency_keys set status = ?, content_type = ?, location = ?, body = ? "
				+ "where scope = ? and idempotency_key = ?", status, contentType, location, body, scope, key);
	}

	void release(String scope, String key) {
		this.jdbc.update(
				"delete from platform_idempotency_keys where scope = ? and idempotency_key = ? and status is null",
				scope, key);
	}

	int deleteExpired() {
		return this.jdbc.update("delete from platform_idempotency_keys where expires_at < ?",
				Timestamp.from(this.clock.instant()));
	}

	private boolean insert(String scope, String key, String fingerprint, Instant now) {
		try {
			this.jdbc.update(
					"insert into platform_idempotency_keys (scope, idempotency_key, fingerprint, locked_until, expires_at) "
							+ "values (?, ?, ?, ?, ?)",
					scope, key, fingerprint, Timestamp.from(now.plus(this.properties.lockTimeout())),
					Timestamp.from(now.plus(this.properties.retention())));
			return true;
		}
		catch (DuplicateKeyException taken) {
			return false;
		}
	}

	/** A running request that outlived its lock is taken to have crashed. */
	private boolean takeOver(String scope, String key, Instant lockedUntil, Instant now) {
		return this.jdbc.update(
				"update platform_idempotency_keys set locked_until = ? "
						+ "where scope = ? and idempotency_key = ? and status is null and locked_until = ?",
				Timestamp.from(now.plus(this.properties.lockTimeout())), scope, key, Timestamp.from(lockedUntil)) == 1;
	}

	private @Nullable Row find(String scope, String key) {
		List<Row> rows = this.jdbc.query(
				"select fingerprint, status, content_type, location, body, locked_until, expires_at "
						+ "from platform_idempotency_keys where scope = ? and idempotency_key = ?",
				(rs, n) -> new Row(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
						rs.getBytes(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()),
				scope, key);
		return rows.isEmpty() ? null : rows.get(0);
	}

}
