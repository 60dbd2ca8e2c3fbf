package app.vitalia.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.billing.catalog.Plan;

/**
 * A member's subscription as every screen shows it. With status {@code NONE} everything
 * else is {@code null} (features empty). {@code planNameEn} is the plan's English name,
 * if it has one. {@code pendingPlanId} is the plan a downgrade or a moved price switches
 * to at {@code currentPeriodEnd}.
 */
public record SubscriptionSummary(SubscriptionStatus status, @Nullable UUID planId, @Nullable String planCode,
		@Nullable String planName, @Nullable String planNameEn, List<String> features, @Nullable BigDecimal amount,
		@Nullable String currency, @Nullable Instant currentPeriodStart, @Nullable Instant currentPeriodEnd,
		boolean cancelAtPeriodEnd, @Nullable Instant trialEnd, @Nullable Instant nextRetryAt,
		@Nullable UUID pendingPlanId, @Nullable BigDecimal pendingAmount) {

	static SubscriptionSummary none() {
		return new SubscriptionSummary(SubscriptionStatus.NONE, null, null, null, null, List.of(), null, null, null,
				null, false, null, null, null, null);
	}

	/** The plan's name in this language (see {@link Plan#name(Locale)}). */
	public @Nullable String planName(Locale language) {
		return (this.planName != null) ? Plan.inLanguage(language, this.planName, this.planNameEn) : null;
	}

}
