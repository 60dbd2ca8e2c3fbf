package app.vitalia.billing;

import java.time.Instant;
import java.util.UUID;

/**
 * The member cancelled: access continues until {@code accessEndsAt}, then the
 * subscription expires.
 */
public record SubscriptionCancelled(UUID subscriptionId, UUID memberId, Instant accessEndsAt) {
}
