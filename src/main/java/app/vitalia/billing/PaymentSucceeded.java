package app.vitalia.billing;

import java.math.BigDecimal;
import java.time.Instant;

import app.vitalia.members.MemberId;

/**
 * A charge went through ({@code kind}: {@code INITIAL}, {@code RENEWAL} or
 * {@code PRORATION}), published in the payment's transaction. Its gap-free invoice number
 * is given just after that transaction commits; the payment's receipt carries it.
 */
public record PaymentSucceeded(PaymentId paymentId, MemberId memberId, SubscriptionId subscriptionId, BigDecimal amount,
		String currency, String kind, Instant paidAt) {
}
