package app.vitalia.billing;

import java.time.Instant;
import java.util.UUID;

import app.vitalia.members.MemberId;

/**
 * A member's subscription started (after checkout), with its plan and first period end
 * (the trial's end when the plan has a trial).
 */
public record SubscriptionActivated(SubscriptionId subscriptionId, MemberId memberId, UUID planId, String planCode,
		Instant currentPeriodEnd, boolean trialing) {
}
