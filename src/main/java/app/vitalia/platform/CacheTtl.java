package app.vitalia.platform;

import java.time.Duration;

/**
 * How long the entries of one named Spring cache live, declared as a bean by the module
 * that owns the cache. Caches without one keep entries for 10 minutes; either way they
 * are in Redis when Redis is configured and in process otherwise.
 */
public record CacheTtl(String cacheName, Duration timeToLive) {

}
