package app.vitalia.identity;

import java.util.UUID;

/**
 * The account's display name changed to {@code displayName}. Modules that keep a copy of
 * the name update it from this.
 */
public record AccountRenamed(UUID accountId, String displayName) {
}
