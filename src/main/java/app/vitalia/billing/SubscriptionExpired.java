package app.vitalia.billing;

import java.time.Instant;

import app.vitalia.members.MemberId;

/**
 * The subscription ended: a cancelled period ran out, the last renewal retry failed, or
 * the gateway ended it. The member no longer has the plan's features.
 */
public record SubscriptionExpired(SubscriptionId subscriptionId, MemberId memberId, Instant expiredAt, String reason) {
}
