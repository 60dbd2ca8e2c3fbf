package app.vitalia.billing;

import java.time.Instant;
import java.util.UUID;

/**
 * The subscription ended: a cancelled period ran out, the last renewal retry failed, or
 * the gateway ended it. The member no longer has the plan's features.
 */
public record SubscriptionExpired(UUID subscriptionId, UUID memberId, Instant expiredAt, String reason) {
}
