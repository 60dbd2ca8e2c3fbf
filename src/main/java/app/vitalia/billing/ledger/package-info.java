/**
 * Payments recorded, and their receipts.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.billing.ledger;
