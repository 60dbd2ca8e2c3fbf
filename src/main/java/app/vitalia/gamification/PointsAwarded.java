package app.vitalia.gamification;

import java.time.Instant;
import java.util.UUID;

/**
 * A rule gave the member points for an action of theirs at {@code awardedAt}.
 */
public record PointsAwarded(UUID memberId, String ruleCode, int points, Instant awardedAt) {
}
