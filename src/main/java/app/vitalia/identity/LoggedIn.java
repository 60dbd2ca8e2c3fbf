package app.vitalia.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An account signed in with its password.
 */
public record LoggedIn(UUID accountId, Instant at) {
}
