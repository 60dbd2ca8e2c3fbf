package app.vitalia.identity.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Single-use link tokens sent by e-mail (address verification, password reset,
 * invitation). Only their hashes are stored.
 */
@Component
public class OneTimeTokens {

	/** What a link token may be spent on. */
	public enum Purpose {

		VERIFY_EMAIL, RESET_PASSWORD

	}

	private final OneTimeTokenRepository tokens;

	OneTimeTokens(OneTimeTokenRepository tokens) {
		this.tokens = tokens;
	}

	/** A new token for the account, valid for {@code ttl}. */
	public String issue(UUID accountId, Purpose purpose, Instant now, Duration ttl) {
		String token = SecretTokens.generate();
		this.tokens.save(new OneTimeToken(SecretTokens.hash(token), accountId, purpose, now, now.plus(ttl)));
		return token;
	}

	/**
	 * A new token for the account; the ones it was sent before for the same purpose stop
	 * working.
	 */
	public String replace(UUID accountId, Purpose purpose, Instant now, Duration ttl) {
		this.tokens.expireOutstanding(accountId, purpose, now);
		return issue(accountId, purpose, now, ttl);
	}

	/** The account a token was issued to, whether or not it can still be spent. */
	public Optional<UUID> holder(String token) {
		return this.tokens.findByTokenHash(SecretTokens.hash(token)).map(OneTimeToken::getAccountId);
	}

	/**
	 * Spends a token; the account it was issued to, or empty when it is unknown, for
	 * another purpose, already used or expired.
	 */
	public Optional<UUID> redeem(String token, Purpose expected, Instant now) {
		return this.tokens.findByTokenHash(SecretTokens.hash(token))
			.filter(found -> found.redeem(expected, now))
			.map(OneTimeToken::getAccountId);
	}

}
