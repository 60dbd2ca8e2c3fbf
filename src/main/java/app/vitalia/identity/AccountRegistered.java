package app.vitalia.identity;

/**
 * A new account exists.
 */
public record AccountRegistered(AccountId accountId, String email, String displayName, String locale) {
}
