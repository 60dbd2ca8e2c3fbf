package app.vitalia.gamification;

import java.util.UUID;

/**
 * A member invited someone by email; {@code link} opens registration for that address.
 */
public record InvitationSent(UUID invitationId, UUID inviterId, String inviterName, String email, String locale,
		String link) {
}
