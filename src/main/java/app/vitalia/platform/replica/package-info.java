/**
 * Read-only transactions routed to a streaming replica when one is configured.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.platform.replica;
