package app.vitalia.gamification.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import app.vitalia.gamification.rules.Trigger;

/**
 * One row of the event log: {@code localDate} is the member's own day when it happened.
 */
public record LoggedAction(long seq, String sourceId, UUID memberId, Trigger type, Instant occurredAt,
		LocalDate localDate) {
}
