/**
 * KPIs: the members' daily activity (recorded once per member and day), the admin KPI
 * figures and the Prometheus gauges refreshed from them.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.reporting.kpis;
