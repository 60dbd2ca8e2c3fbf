package app.vitalia.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * The account proved its email address (the verification link was used).
 */
public record EmailVerified(UUID accountId, String email, Instant at) {
}
