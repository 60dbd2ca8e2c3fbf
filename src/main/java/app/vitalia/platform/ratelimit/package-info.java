/**
 * Rate limiting of HTTP requests: the filter, its buckets' configuration and the
 * rate-limit headers.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.platform.ratelimit;
