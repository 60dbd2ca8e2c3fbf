package app.vitalia.identity;

/**
 * The account's display name changed to {@code displayName}. Modules that keep a copy of
 * the name update it from this.
 */
public record AccountRenamed(AccountId accountId, String displayName) {
}
