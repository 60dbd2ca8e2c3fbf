package app.vitalia.billing;

import java.math.BigDecimal;
import java.time.Instant;

import app.vitalia.members.MemberId;

/**
 * The subscription renews at {@code renewsAt} for {@code amount} {@code currency}:
 * published once per period, {@code vitalia.billing.renewing-lead} (3 days) before.
 */
public record SubscriptionRenewing(SubscriptionId subscriptionId, MemberId memberId, Instant renewsAt,
		BigDecimal amount, String currency) {
}
