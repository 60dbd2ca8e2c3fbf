package app.vitalia.billing.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A plan with its current price and every earlier price version (newest first).
 */
public record Plan(UUID id, String code, String name, String description, PlanPeriod period, int trialDays,
		List<String> features, boolean archived, Instant createdAt, PlanPrice price, List<PlanPrice> versions) {

	/**
	 * One price version of a plan: what subscribers who signed up under it keep paying.
	 */
	public record PlanPrice(UUID id, UUID planId, int version, Money money, Instant createdAt) {
	}

}
