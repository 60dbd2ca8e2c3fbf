package app.vitalia.platform.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key lifecycle against the real table (H2 in PostgreSQL mode): expiry and the
 * take-over of a first request that never finished.
 */
class IdempotencyStoreTests {

	private final MutableClock clock = new MutableClock();

	private final IdempotencyStore store = new IdempotencyStore(database(), this.clock,
			new IdempotencyProperties(Duration.ofHours(24), Duration.ofSeconds(1), Duration.ofMinutes(2)));

	@Test
	void aKeptAnswerIsReplayedUntilItExpires() {
		assertThat(this.store.claim("account", "key", "body")).isInstanceOf(IdempotencyStore.Claimed.class);
		this.store.complete("account", "key", 201, "application/json", "/api/x/1", "{}".getBytes());

		this.clock.advance(Duration.ofHours(23));
		assertThat(this.store.claim("account", "key", "body")).isInstanceOf(IdempotencyStore.Completed.class);
		assertThat(this.store.claim("account", "key", "other body")).isInstanceOf(IdempotencyStore.Mismatch.class);

		this.clock.advance(Duration.ofHours(2));
		assertThat(this.store.claim("account", "key", "other body")).isInstanceOf(IdempotencyStore.Claimed.class);
	}

	@Test
	void aRunningRequestBlocksDuplicatesUntilItsLockRunsOut() {
		assertThat(this.store.claim("account", "key", "body")).isInstanceOf(IdempotencyStore.Claimed.class);
		assertThat(this.store.claim("account", "key", "body")).isInstanceOf(IdempotencyStore.InProgress.class);

		this.clock.advance(Duration.ofMinutes(3));

		assertThat(this.store.claim("account", "key", "body")).isInstanceOf(IdempotencyStore.Claimed.class);
		assertThat(this.store.claim("account", "key", "body")).isInstanceOf(IdempotencyStore.InProgress.class);
	}

	@Test
	void aReleasedKeyCanBeClaimedAgainAndExpiredKeysAreDeleted() {
		this.store.claim("account", "released", "body");
		this.store.release("account", "released");
		assertThat(this.store.claim("account", "released", "body")).isInstanceOf(IdempotencyStore.Claimed.class);

		this.clock.advance(Duration.ofDays(2));
		assertThat(this.store.deleteExpired()).isEqualTo(1);
	}

	private static JdbcTemplate database() {
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/platform").load().migrate();
		return new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
