package app.vitalia.billing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import app.vitalia.billing.catalog.Plans;
import app.vitalia.members.MemberId;
import app.vitalia.platform.DomainException;

/**
 * What a member's plan lets them do. Other modules guard a paid feature with
 * {@link #require}, which answers 403 {@code PLAN_REQUIRED} pointing at the plans. A
 * member's granted features are cached ({@link GrantedFeatures}) until their subscription
 * or a plan is written, or the grant ends by time.
 */
@org.springframework.stereotype.Service
public class Entitlements {

	/** Where members choose a plan; named in every {@code PLAN_REQUIRED} problem. */
	public static final String PLANS_LINK = "/pricing";

	private final SubscriptionStore store;

	private final Plans plans;

	private final GrantedFeatures granted;

	private final Clock clock;

	Entitlements(SubscriptionStore store, Plans plans, GrantedFeatures granted, Clock clock) {
		this.store = store;
		this.plans = plans;
		this.granted = granted;
		this.clock = clock;
	}

	/** The features of the member's plan while they have access; empty otherwise. */
	public List<String> features(MemberId memberId) {
		Instant now = this.clock.instant();
		List<String> cached = this.granted.at(memberId.id(), now);
		if (cached != null) {
			return cached;
		}
		Subscription s = this.store.ofMember(memberId.id(), false).orElse(null);
		if (s == null || !s.status(now).hasAccess()) {
			return List.of();
		}
		List<String> features = this.plans.features(s.planId);
		if (!features.isEmpty()) {
			this.granted.put(memberId.id(), new GrantedFeatures.Grant(features, s.accessEndsBy()));
		}
		return features;
	}

	public boolean has(MemberId memberId, String feature) {
		return features(memberId).contains(feature);
	}

	/**
	 * @throws DomainException 403 {@code PLAN_REQUIRED} when the member's plan lacks the
	 * feature
	 */
	public void require(MemberId memberId, String feature) {
		if (!has(memberId, feature)) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "PLAN_REQUIRED",
					"This needs a plan with " + feature + ": choose one at " + PLANS_LINK + " (GET /api/plans)");
		}
	}

}
