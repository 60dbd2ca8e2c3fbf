package app.vitalia.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import app.vitalia.billing.admin.MemberDirectory;
import app.vitalia.billing.catalog.Money;
import app.vitalia.billing.catalog.Plan;
import app.vitalia.billing.catalog.PlanPeriod;
import app.vitalia.billing.catalog.Plans;
import app.vitalia.billing.gateway.SandboxGateway;
import app.vitalia.billing.ledger.Ledger;
import app.vitalia.billing.ledger.Payment;
import app.vitalia.members.MemberId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Applies the gateway's (Stripe-shaped) events to subscriptions and payments. Every
 * handler is safe to run twice and in any order: payments are recorded once per external
 * id, refunds once per refund id, periods only move forward, an older event never undoes
 * a newer one, and an ended subscription is not revived by anything older than its end.
 */
@Component
class GatewayEvents {

	/** How an event was handled: {@code APPLIED} or {@code IGNORED}, and why. */
	record Outcome(String result, String detail) {

		static Outcome applied(String detail) {
			return new Outcome("APPLIED", detail);
		}

		static Outcome ignored(String detail) {
			return new Outcome("IGNORED", detail);
		}

	}

	private final SubscriptionStore store;

	private final MemberDirectory members;

	private final Plans plans;

	private final Ledger ledger;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	GatewayEvents(SubscriptionStore store, MemberDirectory members, Plans plans, Ledger ledger,
			ApplicationEventPublisher events, JdbcTemplate jdbc) {
		this.store = store;
		this.members = members;
		this.plans = plans;
		this.ledger = ledger;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** Handles one event; {@code null} when the type is not one billing acts on. */
	@Nullable Outcome apply(String gateway, String type, JsonNode object, Instant created, Instant now) {
		return switch (type) {
			case "checkout.session.completed" -> checkoutCompleted(gateway, object, created, now);
			case "invoice.paid", "invoice.payment_succeeded" -> invoicePaid(gateway, object, created, now);
			case "invoice.payment_failed" -> invoiceFailed(object, created);
			case "customer.subscription.updated" -> subscriptionUpdated(object, created, now);
			case "customer.subscription.deleted" -> subscriptionDeleted(object, created);
			case "charge.refunded" -> chargeRefunded(object, created);
			default -> null;
		};
	}

	private Outcome checkoutCompleted(String gateway, JsonNode session, Instant created, Instant now) {
		String sessionId = text(session, "id");
		UUID memberId = uuid(text(session, "client_reference_id"));
		if (memberId == null) {
			return Outcome.ignored("no member in client_reference_id");
		}
		UUID planId = uuid(text(session.path("metadata"), "planId"));
		UUID priceId = uuid(text(session.path("metadata"), "priceId"));
		for (Object[] checkout : this.jdbc.query("select plan_id, price_id from billing_checkout where id = ?",
				(rs, i) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }, sessionId)) {
			planId = (UUID) checkout[0];
			priceId = (UUID) checkout[1];
		}
		this.jdbc.update("update billing_checkout set status = 'COMPLETED', completed_at = ? where id = ? "
				+ "and status <> 'COMPLETED'", java.sql.Timestamp.from(created), sessionId);
		if (planId == null || priceId == null) {
			return Outcome.ignored("checkout session " + sessionId + " has no plan");
		}
		return activate(gateway, memberId, planId, priceId, text(session, "subscription"), text(session, "customer"),
				created, now);
	}

	private Outcome activate(String gateway, UUID memberId, UUID planId, UUID priceId, @Nullable String externalId,
			@Nullable String customerId, Instant created, Instant now) {
		this.members.lock(memberId);
		Optional<Plan> plan = this.plans.find(planId);
		if (plan.isEmpty()) {
			return Outcome.ignored("unknown plan " + planId);
		}
		Subscription subscription = this.store.ofMember(memberId, true).orElse(null);
		if (subscription != null) {
			if (externalId != null && externalId.equals(subscription.externalId)) {
				return Outcome.ignored("subscription " + externalId + " is already active");
			}
			if (subscription.isLive(now)) {
				return Outcome.ignored("member " + memberId + " already has a running subscription");
			}
			// gateway timestamps are whole seconds: an event of the same second as the
			// end is not older
			if (subscription.endedAt != null
					&& created.isBefore(subscription.endedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))) {
				return Outcome.ignored("older than the end of the member's previous subscription");
			}
		}
		else {
			subscription = new Subscription(memberId);
		}
		subscription.start(plan.get(), priceId, issuer(gateway, externalId), externalId, customerId, created);
		subscription.lastEventAt = created;
		this.store.save(subscription);
		this.events.publishEvent(new SubscriptionActivated(SubscriptionId.of(subscription.id), MemberId.of(memberId),
				planId, plan.get().code(), subscription.currentPeriodEnd, subscription.trialEnd != null));
		return Outcome.applied("subscription " + subscription.id + " activated");
	}

	private Outcome invoicePaid(String gateway, JsonNode invoice, Instant created, Instant now) {
		String externalSubscription = text(invoice, "subscription");
		if (externalSubscription == null) {
			return Outcome.ignored("not a subscription invoice");
		}
		Subscription subscription = this.store.byExternalId(externalSubscription, true).orElse(null);
		if (subscription == null) {
			JsonNode metadata = invoice.path("subscription_details").path("metadata");
			UUID memberId = uuid(text(metadata, "memberId"));
			UUID planId = uuid(text(metadata, "planId"));
			UUID priceId = uuid(text(metadata, "priceId"));
			if (memberId == null || planId == null || priceId == null) {
				// its checkout may not be applied yet: fail, so the gateway delivers it
				// again
				throw new IllegalStateException("invoice for subscription " + externalSubscription
						+ " that is not known (yet) and carries no metadata");
			}
			Outcome activated = activate(gateway, memberId, planId, priceId, externalSubscription,
					text(invoice, "customer"), created, now);
			subscription = this.store.byExternalId(externalSubscription, true).orElse(null);
			if (subscription == null) {
				return activated;
			}
		}
		long paid = invoice.path("amount_paid").asLong(0);
		if (paid <= 0) {
			return Outcome.applied("nothing was charged");
		}
		PlanPeriod period = this.plans.period(subscription.planId).orElseThrow();
		String kind = switch (String.valueOf(text(invoice, "billing_reason"))) {
			case "subscription_create" -> "INITIAL";
			case "subscription_update" -> "PRORATION";
			default -> "RENEWAL";
		};
		int periodIndex = subscription.periodIndex;
		Instant periodEnd = epoch(invoice.path("lines").path("data").path(0).path("period").path("end"));
		if (kind.equals("RENEWAL") && periodEnd != null) {
			periodIndex = indexEndingAt(subscription, period, periodEnd);
			if (subscription.advanceTo(periodIndex, period)) {
				subscription.failedAttempts = 0;
				subscription.nextRetryAt = null;
			}
		}
		Money amount = Money.ofMinor(paid, currency(invoice));
		String paymentId = firstText(invoice, "payment_intent", "charge", "id");
		this.store.save(subscription);
		Optional<Payment> recorded = this.ledger.succeeded(new Payment.Charge(subscription.id, subscription.memberId,
				subscription.planId, amount, kind, periodIndex, paymentId, created));
		if (recorded.isEmpty()) {
			return Outcome.ignored("payment " + paymentId + " was already recorded");
		}
		Payment payment = recorded.get();
		this.events.publishEvent(new PaymentSucceeded(PaymentId.of(payment.id()), MemberId.of(payment.memberId()),
				SubscriptionId.of(subscription.id), amount.amount(), amount.currencyCode(), kind, created));
		return Outcome.applied("payment " + paymentId + " recorded");
	}

	private Outcome invoiceFailed(JsonNode invoice, Instant created) {
		String externalSubscription = text(invoice, "subscription");
		Subscription subscription = externalSubscription == null ? null
				: this.store.byExternalId(externalSubscription, true).orElse(null);
		if (subscription == null) {
			return Outcome.ignored("unknown subscription " + externalSubscription);
		}
		int attempt = Math.max(1, invoice.path("attempt_count").asInt(1));
		Instant nextAttempt = epoch(invoice.path("next_payment_attempt"));
		Money amount = Money.ofMinor(invoice.path("amount_due").asLong(0), currency(invoice));
		String paymentId = text(invoice, "id") + "#attempt-" + attempt;
		Optional<Payment> recorded = this.ledger.failed(
				new Payment.Charge(subscription.id, subscription.memberId, subscription.planId, amount, "RENEWAL",
						subscription.periodIndex + 1, paymentId, created),
				"payment_failed: the gateway could not charge the card");
		if (recorded.isEmpty()) {
			return Outcome.ignored("failure " + paymentId + " was already recorded");
		}
		if (attempt >= subscription.failedAttempts && subscription.endedAt == null) {
			subscription.failedAttempts = attempt;
			subscription.nextRetryAt = nextAttempt;
			this.store.save(subscription);
		}
		this.events.publishEvent(new PaymentFailed(PaymentId.of(recorded.get().id()),
				MemberId.of(subscription.memberId), SubscriptionId.of(subscription.id), amount.amount(),
				amount.currencyCode(), attempt, nextAttempt, "payment_failed"));
		return Outcome.applied("failed attempt " + attempt + " recorded");
	}

	private Outcome subscriptionUpdated(JsonNode object, Instant created, Instant now) {
		Subscription subscription = this.store.byExternalId(String.valueOf(text(object, "id")), true).orElse(null);
		if (subscription == null) {
			return Outcome.ignored("unknown subscription " + text(object, "id"));
		}
		if (subscription.lastEventAt != null && created.isBefore(subscription.lastEventAt)) {
			return Outcome.ignored("older than the last event applied to this subscription");
		}
		String status = String.valueOf(text(object, "status"));
		if (status.equals("canceled") || status.equals("incomplete_expired") || status.equals("unpaid")) {
			return end(subscription, created, "gateway status " + status);
		}
		subscription.lastEventAt = created;
		boolean cancel = object.path("cancel_at_period_end").asBoolean(false);
		String detail = "nothing changed";
		if (cancel && !subscription.cancelAtPeriodEnd && subscription.isLive(now)) {
			subscription.cancelAtPeriodEnd(created);
			this.events.publishEvent(new SubscriptionCancelled(SubscriptionId.of(subscription.id),
					MemberId.of(subscription.memberId), subscription.currentPeriodEnd));
			detail = "cancelled at period end";
		}
		else if (!cancel && subscription.cancelAtPeriodEnd && subscription.isLive(now)) {
			subscription.cancelAtPeriodEnd = false;
			subscription.cancelledAt = null;
			detail = "resumed";
		}
		this.store.save(subscription);
		return Outcome.applied(detail);
	}

	private Outcome subscriptionDeleted(JsonNode object, Instant created) {
		Subscription subscription = this.store.byExternalId(String.valueOf(text(object, "id")), true).orElse(null);
		if (subscription == null) {
			return Outcome.ignored("unknown subscription " + text(object, "id"));
		}
		return end(subscription, created, "deleted by the gateway");
	}

	private Outcome end(Subscription subscription, Instant created, String reason) {
		if (subscription.endedAt != null) {
			return Outcome.ignored("already ended");
		}
		subscription.end(created);
		subscription.lastEventAt = created;
		this.store.save(subscription);
		this.events.publishEvent(new SubscriptionExpired(SubscriptionId.of(subscription.id),
				MemberId.of(subscription.memberId), created, reason));
		return Outcome.applied("ended: " + reason);
	}

	private Outcome chargeRefunded(JsonNode charge, Instant created) {
		String paymentIntent = text(charge, "payment_intent");
		Optional<Payment> payment = paymentIntent != null ? this.ledger.byExternalId(paymentIntent, true)
				: Optional.empty();
		if (payment.isEmpty()) {
			payment = this.ledger.byExternalId(String.valueOf(text(charge, "id")), true);
		}
		if (payment.isEmpty()) {
			return Outcome.ignored("unknown payment " + text(charge, "id"));
		}
		Currency currency = currency(charge);
		int recorded = 0;
		for (JsonNode refund : charge.path("refunds").path("data")) {
			Payment current = this.ledger.find(payment.get().id(), true).orElseThrow();
			if (this.ledger.refunded(current, Money.ofMinor(refund.path("amount").asLong(), currency),
					String.valueOf(text(refund, "id")), created)) {
				recorded++;
			}
		}
		Payment current = this.ledger.find(payment.get().id(), true).orElseThrow();
		Money total = Money.ofMinor(charge.path("amount_refunded").asLong(0), currency);
		if (total.compareTo(current.refunded()) > 0) {
			Money missing = total.minus(current.refunded());
			if (this.ledger.refunded(current, missing, text(charge, "id") + "#refunded-" + total.minorUnits(),
					created)) {
				recorded++;
			}
		}
		return recorded > 0 ? Outcome.applied(recorded + " refund(s) recorded")
				: Outcome.ignored("refunds already recorded");
	}

	/**
	 * Which gateway issued a subscription: the sandbox speaks Stripe's format to the same
	 * endpoint, its ids carry {@code _sbx_}.
	 */
	static String issuer(String endpoint, @Nullable String externalId) {
		return externalId != null && externalId.contains("_sbx_") ? SandboxGateway.NAME : endpoint;
	}

	/** The period (k) whose end is closest to the invoice's period end. */
	private static int indexEndingAt(Subscription subscription, PlanPeriod period, Instant periodEnd) {
		int best = subscription.periodIndex;
		long bestDistance = Long.MAX_VALUE;
		for (int k = Math.max(-1, subscription.periodIndex - 1); k <= subscription.periodIndex + 36; k++) {
			long distance = Math.abs(Duration.between(period.end(subscription.anchorAt, k + 1), periodEnd).toSeconds());
			if (distance < bestDistance) {
				best = k;
				bestDistance = distance;
			}
		}
		return best;
	}

	private static Currency currency(JsonNode object) {
		return Currency.getInstance(String.valueOf(text(object, "currency")).toUpperCase(Locale.ROOT));
	}

	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() && !value.asString().isBlank() ? value.asString() : null;
	}

	private static String firstText(JsonNode node, String... fields) {
		for (String field : fields) {
			String value = text(node, field);
			if (value != null) {
				return value;
			}
		}
		throw new IllegalArgumentException("none of " + String.join(", ", fields));
	}

	private static @Nullable Instant epoch(JsonNode value) {
		return value.isNumber() ? Instant.ofEpochSecond(value.asLong()) : null;
	}

	static @Nullable UUID uuid(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
