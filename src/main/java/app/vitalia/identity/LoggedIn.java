package app.vitalia.identity;

import java.time.Instant;

/**
 * An account signed in with its password.
 */
public record LoggedIn(AccountId accountId, Instant at) {
}
