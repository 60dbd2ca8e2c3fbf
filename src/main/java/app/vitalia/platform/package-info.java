/**
 * Platform: what every module shares and nothing business-specific. Its root package is
 * its API: {@link app.vitalia.platform.DomainException} (errors mapped to RFC 9457
 * problem details), {@link app.vitalia.platform.RateLimiter} (token buckets, in-process
 * or in Redis), {@link app.vitalia.platform.CacheTtl} (a module's cache lifetime),
 * {@link app.vitalia.platform.Mailer} (SMTP, or the log and the dev outbox),
 * {@link app.vitalia.platform.Problems} (problem responses written outside Spring MVC),
 * {@link app.vitalia.platform.SecurityRules} (a module's public paths and role rules),
 * {@link app.vitalia.platform.OutboundHttp} (outbound HTTP clients with time limit,
 * retries, circuit breaker and bulkhead, configured by name),
 * {@link app.vitalia.platform.TimeZones} (the one time-zone check) and
 * {@link app.vitalia.platform.PersonalData} (a module's part of a person's copy of their
 * data).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
@org.jspecify.annotations.NullMarked
package app.vitalia.platform;
