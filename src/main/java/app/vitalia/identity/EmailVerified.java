package app.vitalia.identity;

import java.time.Instant;

/**
 * The account proved its email address (the verification link was used).
 */
public record EmailVerified(AccountId accountId, String email, Instant at) {
}
