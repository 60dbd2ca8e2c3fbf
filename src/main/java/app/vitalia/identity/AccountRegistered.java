package app.vitalia.identity;

import java.util.UUID;

/**
 * A new account exists.
 */
public record AccountRegistered(UUID accountId, String email, String displayName, String locale) {
}
