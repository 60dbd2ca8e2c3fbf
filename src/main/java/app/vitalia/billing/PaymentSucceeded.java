package app.vitalia.billing;

import java.math.BigDecimal;
import java.time.Instant;

import app.vitalia.members.MemberId;

/**
 * A charge went through ({@code kind}: {@code INITIAL}, {@code RENEWAL} or
 * {@code PRORATION}); {@code invoiceNumber} is its gap-free number of the year.
 */
public record PaymentSucceeded(PaymentId paymentId, MemberId memberId, SubscriptionId subscriptionId, BigDecimal amount,
		String currency, String kind, String invoiceNumber, Instant paidAt) {
}
