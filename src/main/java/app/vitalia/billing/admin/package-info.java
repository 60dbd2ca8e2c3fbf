/**
 * The admin's member directory (filters, sorts and pages over members and their
 * subscriptions) and its CSV export.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.billing.admin;
