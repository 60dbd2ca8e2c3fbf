/**
 * Identity: accounts, credentials, tokens and roles. API:
 * {@link app.vitalia.identity.Role}, {@link app.vitalia.identity.CurrentUser} (a
 * controller parameter for the signed-in account), and the events
 * {@link app.vitalia.identity.AccountRegistered} and
 * {@link app.vitalia.identity.LoggedIn}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package app.vitalia.identity;
