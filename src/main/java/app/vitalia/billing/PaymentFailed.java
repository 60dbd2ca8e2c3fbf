package app.vitalia.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A charge failed. {@code nextRetryAt} is when it is tried again; {@code null} when no
 * retry is left (the subscription then expires).
 */
public record PaymentFailed(UUID paymentId, UUID memberId, UUID subscriptionId, BigDecimal amount, String currency,
		int attempt, @Nullable Instant nextRetryAt, String reason) {
}
