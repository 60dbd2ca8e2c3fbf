/**
 * Payments recorded, their receipts and refunds, and the proration of a plan change.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.billing.ledger;
