/**
 * The monthly financial report's figures, computed from billing's aggregates, and its CSV
 * form.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.reporting.financial;
