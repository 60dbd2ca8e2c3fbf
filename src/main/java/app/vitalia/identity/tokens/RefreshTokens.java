package app.vitalia.identity.tokens;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Rotating refresh tokens: each sign-in starts a family, each refresh spends one token of
 * it and issues the next. Presenting a spent token again before it expires is a replay
 * and revokes the whole family.
 */
@Component
public class RefreshTokens {

	private final RefreshTokenRepository tokens;

	RefreshTokens(RefreshTokenRepository tokens) {
		this.tokens = tokens;
	}

	/** The account and family a spent token belonged to. */
	public record Spent(UUID accountId, UUID familyId) {
	}

	/** Issues the next token of a family; only its hash is stored. */
	public String issue(UUID accountId, UUID familyId, Instant now, Instant expiresAt) {
		String token = SecretTokens.generate();
		this.tokens.save(new RefreshToken(SecretTokens.hash(token), accountId, familyId, now, expiresAt));
		return token;
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
		return Optional.of(new Spent(token.getAccountId(), token.getFamilyId()));
	}

	/** Signs out the session a presented token belongs to, if it is known. */
	public void revokeFamilyOf(String presented, Instant now) {
		this.tokens.findByTokenHash(SecretTokens.hash(presented))
			.ifPresent(token -> this.tokens.revokeFamily(token.getFamilyId(), now));
	}

	/** Signs out every session of an account. */
	public void revokeAllOf(UUID accountId, Instant now) {
		this.tokens.revokeAllOf(accountId, now);
	}

}
