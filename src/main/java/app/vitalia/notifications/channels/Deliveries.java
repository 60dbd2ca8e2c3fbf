package app.vitalia.notifications.channels;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the email and the push queue share: rows of one table waiting to be sent, claimed
 * one at a time under a lease so that two instances never send the same row, and retried
 * after an exponentially growing, jittered delay until the last attempt. The table has
 * {@code id}, {@code status} ({@code PENDING}, {@code SENDING}, {@code SENT},
 * {@code FAILED}), {@code attempts}, {@code next_attempt_at}, {@code last_error} and
 * {@code sent_at}.
 */
final class Deliveries {

	/**
	 * How long a claimed row is left to its sender before another instance may retry.
	 */
	static final Duration LEASE = Duration.ofMinutes(5);

	private final JdbcTemplate jdbc;

	private final String table;

	private final Clock clock;

	private final Duration firstBackoff;

	private final int maxAttempts;

	Deliveries(JdbcTemplate jdbc, String table, Clock clock, Duration firstBackoff, int maxAttempts) {
		this.jdbc = jdbc;
		this.table = table;
		this.clock = clock;
		this.firstBackoff = firstBackoff;
		this.maxAttempts = maxAttempts;
	}

	/**
	 * Claims each due delivery and passes it to {@code send}.
	 * @return how many {@code send} delivered
	 */
	int sendEach(Predicate<UUID> send) {
		int sent = 0;
		for (UUID id : due()) {
			if (claim(id) && send.test(id)) {
				sent++;
			}
		}
		return sent;
	}

	/** New rows and rows whose retry (or lease) is due, oldest first, at most 200. */
	List<UUID> due() {
		return this.jdbc.queryForList("select id from " + this.table + " where status in ('PENDING', 'SENDING') "
				+ "and next_attempt_at <= ? order by next_attempt_at limit 200", UUID.class, now());
	}

	/** Whether this caller may send the row now (no one else claimed it meanwhile). */
	boolean claim(UUID id) {
		Instant now = this.clock.instant();
		return this.jdbc.update(
				"update " + this.table + " set status = 'SENDING', next_attempt_at = ? where id = ? "
						+ "and status in ('PENDING', 'SENDING') and next_attempt_at <= ?",
				Timestamp.from(now.plus(LEASE)), id, Timestamp.from(now)) == 1;
	}

	void sent(UUID id, int attempts) {
		this.jdbc.update("update " + this.table + " set status = 'SENT', attempts = ?, sent_at = ?, "
				+ "last_error = null where id = ?", attempts, now(), id);
	}

	/**
	 * Records a failed attempt: the row waits for its next one, or is kept as
	 * {@code FAILED} after the last.
	 * @return whether it was given up
	 */
	boolean failed(UUID id, int attempts, @Nullable String error) {
		boolean last = attempts >= this.maxAttempts;
		this.jdbc.update(
				"update " + this.table + " set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? "
						+ "where id = ?",
				last ? "FAILED" : "PENDING", attempts, Timestamp.from(this.clock.instant().plus(backoff(attempts))),
				truncate(error), id);
		return last;
	}

	/**
	 * Records an attempt that cannot succeed later: the row is kept as {@code FAILED}.
	 */
	void giveUp(UUID id, int attempts, @Nullable String error) {
		this.jdbc.update("update " + this.table + " set status = 'FAILED', attempts = ?, last_error = ? where id = ?",
				attempts, truncate(error), id);
	}

	/** First backoff × 2^(attempt−1), at most six hours, ±20 % jitter. */
	Duration backoff(int attempt) {
		long base = this.firstBackoff.toMillis() << Math.min(attempt - 1, 20);
		long capped = Math.min(base, Duration.ofHours(6).toMillis());
		double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
		return Duration.ofMillis((long) (capped * jitter));
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static @Nullable String truncate(@Nullable String message) {
		return message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
	}

}
