/**
 * Identity: accounts, credentials, tokens and roles. API:
 * {@link app.vitalia.identity.Role}, {@link app.vitalia.identity.CurrentUser} (a
 * controller parameter for the signed-in account), {@link app.vitalia.identity.Accounts}
 * (create clinician accounts, look accounts up as
 * {@link app.vitalia.identity.AccountSummary}, bulk-import demo accounts), and the events
 * {@link app.vitalia.identity.AccountRegistered},
 * {@link app.vitalia.identity.EmailVerified}, {@link app.vitalia.identity.AccountRenamed}
 * and {@link app.vitalia.identity.LoggedIn}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package app.vitalia.identity;
