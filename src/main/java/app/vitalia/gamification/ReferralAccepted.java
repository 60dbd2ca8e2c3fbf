package app.vitalia.gamification;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone the inviter invited registered with the invited address and verified it.
 */
public record ReferralAccepted(UUID invitationId, UUID inviterId, UUID inviteeId, Instant acceptedAt) {
}
