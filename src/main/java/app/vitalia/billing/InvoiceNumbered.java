package app.vitalia.billing;

import java.time.Instant;

import app.vitalia.members.MemberId;

/**
 * A successful payment got its gap-free invoice number of the year, just after the
 * payment's own transaction ({@link PaymentSucceeded}) committed.
 */
public record InvoiceNumbered(PaymentId paymentId, MemberId memberId, String invoiceNumber, Instant paidAt) {
}
