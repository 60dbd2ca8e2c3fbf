package app.vitalia.gamification.scoring;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a rule gave a member; (rule, member, occurrence) is unique.
 */
public record Award(String ruleCode, UUID memberId, String occurrence, int points, @Nullable String badgeCode,
		Instant awardedAt, long eventSeq) {
}
