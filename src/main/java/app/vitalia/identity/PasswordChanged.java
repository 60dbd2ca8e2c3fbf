package app.vitalia.identity;

import java.time.Instant;

/**
 * The account's password was changed or reset: every credential issued before is void.
 * Modules that hand out their own long-lived secrets for the account (calendar feed URLs)
 * revoke them on this.
 */
public record PasswordChanged(AccountId accountId, Instant changedAt) {
}
