/**
 * Health probes and the database check behind readiness.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.platform.health;
