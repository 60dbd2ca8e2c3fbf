package app.vitalia.billing;

import java.util.List;

import app.vitalia.members.MemberId;
import app.vitalia.platform.DomainException;

/**
 * What a member's plan lets them do. Other modules guard a paid feature with
 * {@link #require}, which answers 403 {@code PLAN_REQUIRED} pointing at the plans.
 */
@org.springframework.stereotype.Service
public class Entitlements {

	/** Where members choose a plan; named in every {@code PLAN_REQUIRED} problem. */
	public static final String PLANS_LINK = "/pricing";

	private final Subscriptions subscriptions;

	Entitlements(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	/** The features of the member's plan while they have access; empty otherwise. */
	public List<String> features(MemberId memberId) {
		return this.subscriptions.features(memberId.id());
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
