package app.vitalia.identity.tokens;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries rotation relies on, against the real schema (Flyway) of the test database.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class RefreshTokenRepositoryTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RefreshTokenRepository tokens;

	final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

	@Test
	void aTokenCanBeMarkedUsedOnlyOnce() {
		RefreshToken token = save(UUID.randomUUID());
		assertThat(this.tokens.markUsed(token.getId(), this.now)).isEqualTo(1);
		assertThat(this.tokens.markUsed(token.getId(), this.now)).isZero();
	}

	@Test
	void revokingAFamilyLeavesOtherFamiliesAlone() {
		UUID family = UUID.randomUUID();
		RefreshToken first = save(family);
		RefreshToken second = save(family);
		RefreshToken other = save(UUID.randomUUID());
		assertThat(this.tokens.revokeFamily(family, this.now)).isEqualTo(2);
		assertThat(this.tokens.findById(first.getId()).orElseThrow().isUsable(this.now)).isFalse();
		assertThat(this.tokens.findById(second.getId()).orElseThrow().isUsable(this.now)).isFalse();
		assertThat(this.tokens.findById(other.getId()).orElseThrow().isUsable(this.now)).isTrue();
	}

	@Test
	void expiredTokensAreDeleted() {
		RefreshToken token = save(UUID.randomUUID());
		assertThat(this.tokens.deleteExpired(this.now.plus(31, ChronoUnit.DAYS))).isGreaterThanOrEqualTo(1);
		assertThat(this.tokens.findById(token.getId())).isEmpty();
	}

	private RefreshToken save(UUID family) {
		UUID account = UUID.randomUUID();
		this.jdbc.update(
				"insert into identity_account (id, email, password_hash, display_name, locale, created_at)"
						+ " values (?, ?, 'hash', 'Jpa', 'es', ?)",
				account, "jpa-" + account + "@example.com", Timestamp.from(this.now));
		return this.tokens.saveAndFlush(new RefreshToken(SecretTokens.hash(SecretTokens.generate()), account, family,
				this.now, this.now.plus(30, ChronoUnit.DAYS), "JUnit", this.now));
	}

}
