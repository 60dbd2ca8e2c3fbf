package app.vitalia.gamification;

import java.time.Instant;
import app.vitalia.members.MemberId;

/**
 * The member earned a badge for the first time (a replay that recomputes a badge the
 * member already had publishes nothing).
 */
public record BadgeAwarded(MemberId memberId, String badgeCode, String nameEs, String nameEn, Instant awardedAt) {
}
