package app.vitalia.billing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A member's subscription status, computed here and only here, from the subscription's
 * dates and its failed-payment count: the member page, the admin lists and every export
 * read it through {@link #of} or, inside a query, through {@link #sql}, which says the
 * same thing in SQL (a test keeps the two in step).
 * <ul>
 * <li>{@code NONE}: never subscribed;</li>
 * <li>{@code EXPIRED}: ended (dunning gave up, the gateway ended it, or a cancelled
 * period is over);</li>
 * <li>{@code PAST_DUE}: a renewal failed and retries are pending (access continues);</li>
 * <li>{@code CANCELLED}: cancelled at period end, the paid period is not over (access
 * continues);</li>
 * <li>{@code TRIALING}: in the free trial;</li>
 * <li>{@code ACTIVE}: paid and renewing.</li>
 * </ul>
 */
public enum SubscriptionStatus {

	NONE, TRIALING, ACTIVE, PAST_DUE, CANCELLED, EXPIRED;

	/** Whether a member in this status gets the plan's features. */
	public boolean hasAccess() {
		return this == TRIALING || this == ACTIVE || this == PAST_DUE || this == CANCELLED;
	}

	/**
	 * The status at {@code now} of a subscription with these facts.
	 */
	public static SubscriptionStatus of(@Nullable Instant endedAt, boolean cancelAtPeriodEnd, Instant currentPeriodEnd,
			int failedAttempts, @Nullable Instant trialEnd, Instant now) {
		if (endedAt != null || (cancelAtPeriodEnd && !currentPeriodEnd.isAfter(now))) {
			return EXPIRED;
		}
		if (failedAttempts > 0) {
			return PAST_DUE;
		}
		if (cancelAtPeriodEnd) {
			return CANCELLED;
		}
		if (trialEnd != null && trialEnd.isAfter(now)) {
			return TRIALING;
		}
		return ACTIVE;
	}

	/**
	 * The same rules as {@link #of} as a SQL expression over the subscription table's
	 * alias (a left join: no row is {@code NONE}); it reads the parameter {@code :now}.
	 */
	public static String sql(String s) {
		return ("case when %1$s.id is null then 'NONE' "
				+ "when %1$s.ended_at is not null or (%1$s.cancel_at_period_end and %1$s.current_period_end <= :now) "
				+ "then 'EXPIRED' when %1$s.failed_attempts > 0 then 'PAST_DUE' "
				+ "when %1$s.cancel_at_period_end then 'CANCELLED' "
				+ "when %1$s.trial_end is not null and %1$s.trial_end > :now then 'TRIALING' else 'ACTIVE' end")
			.formatted(s);
	}

	/**
	 * A SQL condition selecting subscriptions in this status (a cheaper form of
	 * {@code sql(s) = 'STATUS'} that can use indexes), reading {@code :now}.
	 */
	public String condition(String s) {
		String ended = "(%1$s.ended_at is not null or (%1$s.cancel_at_period_end and %1$s.current_period_end <= :now))";
		String live = "%1$s.ended_at is null and (not %1$s.cancel_at_period_end or %1$s.current_period_end > :now)";
		String condition = switch (this) {
			case NONE -> "%1$s.id is null";
			case EXPIRED -> ended;
			case PAST_DUE -> live + " and %1$s.failed_attempts > 0";
			case CANCELLED -> live + " and %1$s.failed_attempts = 0 and %1$s.cancel_at_period_end";
			case TRIALING -> live + " and %1$s.failed_attempts = 0 and not %1$s.cancel_at_period_end "
					+ "and %1$s.trial_end is not null and %1$s.trial_end > :now";
			case ACTIVE -> live + " and %1$s.failed_attempts = 0 and not %1$s.cancel_at_period_end "
					+ "and (%1$s.trial_end is null or %1$s.trial_end <= :now)";
		};
		return "(" + condition.formatted(s) + ")";
	}

}
