/**
 * Reporting: the asynchronous monthly financial report (a JobRunr job over billing's SQL
 * aggregates, restart-safe, one live report per parameters), the admin KPIs and their
 * Prometheus gauges, and the members' daily activity they rest on. API:
 * {@link app.vitalia.reporting.Reports} (public for JobRunr). It reads billing through
 * {@link app.vitalia.billing.FinancialFigures}, never through billing's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "billing", "nutrition", "scheduling", "platform" })
@org.jspecify.annotations.NullMarked
package app.vitalia.reporting;
