package app.vitalia.members;

import java.util.UUID;

/**
 * A member's profile became complete for the first time, so targets can be computed.
 */
public record ProfileCompleted(UUID accountId) {
}
