package app.vitalia.billing;

import java.time.Instant;

import app.vitalia.members.MemberId;

/**
 * The member cancelled: access continues until {@code accessEndsAt}, then the
 * subscription expires.
 */
public record SubscriptionCancelled(SubscriptionId subscriptionId, MemberId memberId, Instant accessEndsAt) {
}
