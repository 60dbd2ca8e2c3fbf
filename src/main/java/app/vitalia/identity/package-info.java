/**
 * Identity: accounts, credentials, tokens and roles. API:
 * {@link app.vitalia.identity.Role}, {@link app.vitalia.identity.CurrentUser} (a
 * controller parameter for the signed-in account), {@link app.vitalia.identity.Accounts}
 * (create clinician accounts, look accounts up as
 * {@link app.vitalia.identity.AccountSummary} by {@link app.vitalia.identity.AccountId}),
 * and the events {@link app.vitalia.identity.AccountRegistered},
 * {@link app.vitalia.identity.EmailVerified}, {@link app.vitalia.identity.AccountRenamed}
 * and {@link app.vitalia.identity.LoggedIn}. Demo data imports accounts through the
 * {@code bulk-import} named interface ({@code identity.bulk}), which is not part of the
 * API. Sub-packages: {@code accounts} (stored accounts and snapshots), {@code access}
 * (security filter chain and access tokens), {@code passwords} (policy, changes, resets),
 * {@code tokens} (link and refresh tokens) and {@code bulk}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
@org.jspecify.annotations.NullMarked
package app.vitalia.identity;
