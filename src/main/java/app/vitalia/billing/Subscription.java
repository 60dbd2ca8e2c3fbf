package app.vitalia.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.vitalia.billing.catalog.Plan;
import app.vitalia.billing.catalog.PlanPeriod;
import app.vitalia.platform.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A member's subscription and its rules. Period {@code k} runs from
 * {@code period.end(anchor, k)} to {@code period.end(anchor, k + 1)}, always counted from
 * the anchor (so months keep their day, clamped at month end); a trial is period
 * {@code -1}, from the start to the anchor. Nothing here moves backwards: periods only
 * advance, and an ended subscription stays ended until the member subscribes again.
 */
class Subscription {

	UUID id;

	UUID memberId;

	UUID planId;

	UUID priceId;

	@Nullable UUID pendingPriceId;

	@Nullable Instant pendingFrom;

	String gateway;

	@Nullable String externalId;

	@Nullable String externalCustomerId;

	Instant startedAt;

	Instant anchorAt;

	int periodIndex;

	Instant currentPeriodStart;

	Instant currentPeriodEnd;

	@Nullable Instant trialEnd;

	boolean cancelAtPeriodEnd;

	@Nullable Instant cancelledAt;

	@Nullable Instant endedAt;

	int failedAttempts;

	@Nullable Instant nextRetryAt;

	@Nullable Integer renewingNoticeIndex;

	@Nullable Instant lastEventAt;

	long version;

	boolean stored;

	Subscription(UUID memberId) {
		this.id = UUID.randomUUID();
		this.memberId = memberId;
	}

	/**
	 * Starts (or, after an earlier one expired, restarts) the subscription at {@code at}:
	 * with the plan's trial first when it has one.
	 */
	void start(Plan plan, UUID priceId, String gateway, @Nullable String externalId,
			@Nullable String externalCustomerId, Instant at) {
		this.planId = plan.id();
		this.priceId = priceId;
		this.pendingPriceId = null;
		this.pendingFrom = null;
		this.gateway = gateway;
		this.externalId = externalId;
		this.externalCustomerId = externalCustomerId;
		this.startedAt = at;
		this.cancelAtPeriodEnd = false;
		this.cancelledAt = null;
		this.endedAt = null;
		this.failedAttempts = 0;
		this.nextRetryAt = null;
		this.renewingNoticeIndex = null;
		if (plan.trialDays() > 0) {
			this.trialEnd = at.plus(Duration.ofDays(plan.trialDays()));
			this.anchorAt = this.trialEnd;
			this.periodIndex = -1;
			this.currentPeriodStart = at;
			this.currentPeriodEnd = this.trialEnd;
		}
		else {
			this.trialEnd = null;
			this.anchorAt = at;
			this.periodIndex = 0;
			this.currentPeriodStart = at;
			this.currentPeriodEnd = plan.period().end(at, 1);
		}
	}

	SubscriptionStatus status(Instant now) {
		return SubscriptionStatus.of(this.endedAt, this.cancelAtPeriodEnd, this.currentPeriodEnd, this.failedAttempts,
				this.trialEnd, now);
	}

	/**
	 * When access ends by time alone, with nothing written: the period end of a cancelled
	 * subscription ({@link Instant#MAX} otherwise, as renewals, failed payments and
	 * expiries are writes).
	 */
	Instant accessEndsBy() {
		return this.cancelAtPeriodEnd ? this.currentPeriodEnd : Instant.MAX;
	}

	boolean isLive(Instant now) {
		SubscriptionStatus status = status(now);
		return status != SubscriptionStatus.EXPIRED && status != SubscriptionStatus.NONE;
	}

	void cancelAtPeriodEnd(Instant now) {
		requireLive(now, "NOT_CANCELLABLE", "There is no running subscription to cancel");
		this.cancelAtPeriodEnd = true;
		this.cancelledAt = now;
	}

	void resume(Instant now) {
		if (!this.cancelAtPeriodEnd || status(now) != SubscriptionStatus.CANCELLED) {
			throw new DomainException(DomainException.Kind.CONFLICT, "NOT_RESUMABLE",
					"Only a cancelled subscription whose period is not over can be resumed");
		}
		this.cancelAtPeriodEnd = false;
		this.cancelledAt = null;
	}

	/** Whether the current period is over and the next one must be charged. */
	boolean renewalDue(Instant now) {
		if (!isLive(now) || this.cancelAtPeriodEnd) {
			return false;
		}
		return this.failedAttempts == 0 ? !this.currentPeriodEnd.isAfter(now)
				: this.nextRetryAt != null && !this.nextRetryAt.isAfter(now);
	}

	/** Whether a cancelled subscription's paid period is over and it must end now. */
	boolean endDue(Instant now) {
		return this.endedAt == null && this.cancelAtPeriodEnd && !this.currentPeriodEnd.isAfter(now);
	}

	/**
	 * The price version the next period is charged at: the pending one once it applies.
	 */
	UUID nextPriceId() {
		Instant nextStart = this.currentPeriodEnd;
		if (this.pendingPriceId != null && (this.pendingFrom == null || !nextStart.isBefore(this.pendingFrom))) {
			return this.pendingPriceId;
		}
		return this.priceId;
	}

	/** The next period was paid: it becomes the current one. */
	void renewed(PlanPeriod period, UUID chargedPriceId, UUID chargedPlanId) {
		advanceTo(this.periodIndex + 1, period);
		if (this.pendingPriceId != null && chargedPriceId.equals(this.pendingPriceId)) {
			this.pendingPriceId = null;
			this.pendingFrom = null;
		}
		this.priceId = chargedPriceId;
		this.planId = chargedPlanId;
		this.failedAttempts = 0;
		this.nextRetryAt = null;
	}

	/** Moves forward to period {@code index}; an older or equal index changes nothing. */
	boolean advanceTo(int index, PlanPeriod period) {
		if (index <= this.periodIndex) {
			return false;
		}
		this.periodIndex = index;
		this.currentPeriodStart = index == 0 ? this.anchorAt : period.end(this.anchorAt, index);
		this.currentPeriodEnd = period.end(this.anchorAt, index + 1);
		return true;
	}

	/**
	 * A renewal charge failed: retry after the next backoff step, or end the subscription
	 * when the steps are used up. Returns the next retry, {@code null} when it ended.
	 */
	@Nullable Instant renewalFailed(Instant now, List<Duration> backoff) {
		this.failedAttempts++;
		if (this.failedAttempts > backoff.size()) {
			end(now);
			return null;
		}
		this.nextRetryAt = now.plus(backoff.get(this.failedAttempts - 1));
		return this.nextRetryAt;
	}

	void end(Instant now) {
		if (this.endedAt == null) {
			this.endedAt = now;
			this.nextRetryAt = null;
		}
	}

	/** The part of the current period still to run, as (remaining, total) seconds. */
	long[] remainingOfPeriod(Instant now) {
		long total = Duration.between(this.currentPeriodStart, this.currentPeriodEnd).toSeconds();
		long remaining = Math.max(0, Math.min(total, Duration.between(now, this.currentPeriodEnd).toSeconds()));
		return new long[] { remaining, total };
	}

	void requireLive(Instant now, String code, String detail) {
		if (!isLive(now)) {
			throw new DomainException(DomainException.Kind.CONFLICT, code, detail);
		}
	}

}
