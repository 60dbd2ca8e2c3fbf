package app.vitalia.identity;

/**
 * The account's language (the app's and its emails') changed to {@code locale}. Modules
 * that keep a copy of it (billing's member directory) update it from this.
 */
public record AccountLanguageChanged(AccountId accountId, String locale) {
}
