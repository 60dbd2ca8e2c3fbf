/**
 * The Idempotency-Key facility for POST requests: a replay gets the first response.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.platform.idempotency;
