package app.vitalia.identity.tokens;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rotating refresh tokens: each sign-in starts a family, each refresh spends one token of
 * it and issues the next. Presenting a spent token again before it expires is a replay
 * and revokes the whole family.
 */
@Component
public class RefreshTokens {

	private final RefreshTokenRepository tokens;

	private final JdbcTemplate jdbc;

	RefreshTokens(RefreshTokenRepository tokens, JdbcTemplate jdbc) {
		this.tokens = tokens;
		this.jdbc = jdbc;
	}

	/**
	 * The account and family a spent token belonged to, with the family's device and
	 * sign-in, which the next token carries on.
	 */
	public record Spent(UUID accountId, UUID familyId, @Nullable String device, @Nullable Instant signedInAt) {
	}

	/**
	 * A family that can still be refreshed: a place where the account is signed in.
	 * {@code lastActiveAt} is its newest token's issue (the last sign-in or refresh).
	 */
	public record Family(UUID id, @Nullable String device, Instant signedInAt, Instant lastActiveAt) {
	}

	/**
	 * Issues the next token of a family; only its hash is stored. {@code device} is the
	 * signing-in client's User-Agent, if any.
	 */
	public String issue(UUID accountId, UUID familyId, Instant now, Instant expiresAt, @Nullable String device,
			@Nullable Instant signedInAt) {
		String token = SecretTokens.generate();
		this.tokens
			.save(new RefreshToken(SecretTokens.hash(token), accountId, familyId, now, expiresAt, device, signedInAt));
		return token;
	}

	/**
	 * The account's families whose newest token is neither spent, revoked nor expired,
	 * most recently active first.
	 */
	public List<Family> live(UUID accountId, Instant now) {
		// device and sign-in from any token of the family: one issued by a release from
		// before they were kept (or by such a release during a blue-green switch) has
		// neither
		return this.jdbc.query(
				"select t.family_id, (select max(f.device) from identity_refresh_token f where f.family_id = t.family_id),"
						+ " (select coalesce(min(f.signed_in_at), min(f.issued_at)) from identity_refresh_token f"
						+ " where f.family_id = t.family_id), t.issued_at from identity_refresh_token t"
						+ " where t.account_id = ? and t.used_at is null and t.revoked_at is null and t.expires_at > ?"
						+ " order by t.issued_at desc",
				(rs, i) -> new Family(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
						rs.getTimestamp(4).toInstant()),
				accountId, Timestamp.from(now));
	}

	/**
	 * Signs out a family, after locking its rows: a refresh of it in flight (which holds
	 * its token's row) finishes first, and the token it issued is then seen and revoked
	 * too; a refresh that comes after finds its token revoked.
	 */
	public void revoke(UUID familyId, Instant now) {
		this.jdbc.queryForList("select id from identity_refresh_token where family_id = ? order by id for update",
				UUID.class, familyId);
		this.tokens.revokeFamily(familyId, now);
	}

	/**
	 * Spends a presented token; empty when it is unknown, expired, revoked or already
	 * spent (a replay, which revokes its family).
	 */
	public Optional<Spent> spend(String presented, Instant now) {
		RefreshToken token = this.tokens.findByTokenHash(SecretTokens.hash(presented)).orElse(null);
		if (token == null) {
			return Optional.empty();
		}
		if (!token.isUsable(now) || this.tokens.markUsed(token.getId(), now) == 0) {
			if (now.isBefore(token.getExpiresAt())) {
				this.tokens.revokeFamily(token.getFamilyId(), now);
			}
			return Optional.empty();
		}
		return Optional
			.of(new Spent(token.getAccountId(), token.getFamilyId(), token.getDevice(), token.getSignedInAt()));
	}

	/** Signs out the session a presented token belongs to, if it is known. */
	public void revokeFamilyOf(String presented, Instant now) {
		this.tokens.findByTokenHash(SecretTokens.hash(presented)).ifPresent(token -> revoke(token.getFamilyId(), now));
	}

	/** Signs out every session of an account. */
	public void revokeAllOf(UUID accountId, Instant now) {
		// as revoke(family): refreshes in flight finish first, and what they issued is
		// revoked
		this.jdbc.queryForList("select id from identity_refresh_token where account_id = ? order by id for update",
				UUID.class, accountId);
		this.tokens.revokeAllOf(accountId, now);
	}

}
