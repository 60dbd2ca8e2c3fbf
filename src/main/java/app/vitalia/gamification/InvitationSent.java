package app.vitalia.gamification;

import java.util.UUID;

import app.vitalia.members.MemberId;

/**
 * A member invited someone by email; {@code link} opens registration for that address.
 */
public record InvitationSent(UUID invitationId, MemberId inviterId, String inviterName, String email, String locale,
		String link) {
}
