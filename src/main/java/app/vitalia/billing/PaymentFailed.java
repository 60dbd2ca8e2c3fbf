package app.vitalia.billing;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import app.vitalia.members.MemberId;

/**
 * A charge failed. {@code nextRetryAt} is when it is tried again; {@code null} when no
 * retry is left (the subscription then expires).
 */
public record PaymentFailed(PaymentId paymentId, MemberId memberId, SubscriptionId subscriptionId, BigDecimal amount,
		String currency, int attempt, @Nullable Instant nextRetryAt, String reason) {
}
