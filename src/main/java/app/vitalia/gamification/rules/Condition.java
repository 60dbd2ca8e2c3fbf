package app.vitalia.gamification.rules;

import org.jspecify.annotations.Nullable;

/**
 * When a rule awards, as typed data (never an expression to execute):
 * <ul>
 * <li>{@code FIRST_TIME}: the member's first event of the trigger type;</li>
 * <li>{@code EACH}: every event;</li>
 * <li>{@code COUNT}: the {@code n}-th event; with {@code withinDays}, each time {@code n}
 * events fall within that many days and no award of the rule did;</li>
 * <li>{@code STREAK}: every {@code days} consecutive local days with the event, per run
 * of days.</li>
 * </ul>
 */
public record Condition(Kind kind, @Nullable Integer n, @Nullable Integer withinDays, @Nullable Integer days) {

	public enum Kind {

		FIRST_TIME, EACH, COUNT, STREAK

	}

	public static Condition firstTime() {
		return new Condition(Kind.FIRST_TIME, null, null, null);
	}

	public static Condition each() {
		return new Condition(Kind.EACH, null, null, null);
	}

	public static Condition count(int n, @Nullable Integer withinDays) {
		return new Condition(Kind.COUNT, n, withinDays, null);
	}

	public static Condition streak(int days) {
		return new Condition(Kind.STREAK, null, null, days);
	}

}
