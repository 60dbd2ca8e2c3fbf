package app.vitalia.gamification;

import java.time.Instant;
import app.vitalia.members.MemberId;

/**
 * A rule gave the member points for an action of theirs at {@code awardedAt}.
 */
public record PointsAwarded(MemberId memberId, String ruleCode, int points, Instant awardedAt) {
}
