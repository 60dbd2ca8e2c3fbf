/**
 * Stored accounts and the cached snapshots requests are authorised from.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.identity.accounts;
