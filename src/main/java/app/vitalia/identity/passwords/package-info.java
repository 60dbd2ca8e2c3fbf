/**
 * Passwords: the strength policy, password changes and reset requests.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.identity.passwords;
