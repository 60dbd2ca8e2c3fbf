package app.vitalia.gamification;

import java.time.Instant;
import java.util.UUID;

import app.vitalia.members.MemberId;

/**
 * Someone the inviter invited registered with the invited address and verified it.
 */
public record ReferralAccepted(UUID invitationId, MemberId inviterId, MemberId inviteeId, Instant acceptedAt) {
}
