package app.vitalia.gamification.rules;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A gamification rule: which event type it reacts to, when it awards, what it gives.
 */
public record Rule(String code, Text name, Trigger trigger, Condition condition, int points, @Nullable String badgeCode,
		boolean active, @Nullable Instant validFrom, @Nullable Instant validTo) {

	/**
	 * Whether the rule counts an event that happened at {@code at}.
	 */
	public boolean appliesAt(Instant at) {
		return this.active && (this.validFrom == null || !at.isBefore(this.validFrom))
				&& (this.validTo == null || at.isBefore(this.validTo));
	}

}
