/**
 * Billing's emails: receipts, failed payments, renewals and price changes.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.billing.notices;
