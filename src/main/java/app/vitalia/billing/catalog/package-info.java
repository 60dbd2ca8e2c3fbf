/**
 * Plans, their prices and periods, and money amounts.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.billing.catalog;
