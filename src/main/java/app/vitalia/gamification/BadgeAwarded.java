package app.vitalia.gamification;

import java.time.Instant;
import java.util.UUID;

/**
 * The member earned a badge for the first time (a replay that recomputes a badge the
 * member already had publishes nothing).
 */
public record BadgeAwarded(UUID memberId, String badgeCode, String nameEs, String nameEn, Instant awardedAt) {
}
