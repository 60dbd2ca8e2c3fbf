/**
 * Access to the API: the security filter chain, access tokens (issued and decoded) and
 * the resolver of {@link app.vitalia.identity.CurrentUser} controller parameters.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.identity.access;
