/**
 * Platform: what every module shares and nothing business-specific. Its root package is
 * its API: {@link app.vitalia.platform.DomainException} (errors mapped to RFC 9457
 * problem details), {@link app.vitalia.platform.RateLimiter} (token buckets, in-process
 * or in Redis), {@link app.vitalia.platform.CacheTtl} (a module's cache lifetime),
 * {@link app.vitalia.platform.Mailer} (SMTP, or the log and the dev outbox) and
 * {@link app.vitalia.platform.Problems} (problem responses written outside Spring MVC).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
@org.jspecify.annotations.NullMarked
package app.vitalia.platform;
