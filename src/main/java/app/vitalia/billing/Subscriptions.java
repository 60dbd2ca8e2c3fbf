package app.vitalia.billing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.vitalia.billing.admin.MemberDirectory;
import app.vitalia.billing.catalog.Money;
import app.vitalia.billing.catalog.Plan.PlanPrice;
import app.vitalia.billing.catalog.Plan;
import app.vitalia.billing.catalog.Plans;
import app.vitalia.billing.gateway.PaymentGateway.ChargeRequest;
import app.vitalia.billing.gateway.PaymentGateway.ChargeResult;
import app.vitalia.billing.gateway.PaymentGateway.CheckoutRequest;
import app.vitalia.billing.gateway.PaymentGateway.CheckoutSession;
import app.vitalia.billing.gateway.PaymentGateway;
import app.vitalia.billing.ledger.Ledger;
import app.vitalia.billing.ledger.Payment;
import app.vitalia.billing.ledger.Proration;
import app.vitalia.members.MemberId;
import app.vitalia.platform.DomainException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billing's entry point: a member's subscription as a {@link SubscriptionSummary}, and
 * what members do with it: check out, cancel at period end, resume, change plan (an
 * upgrade is charged now, prorated; a downgrade applies at the next renewal).
 */
@Service
public class Subscriptions {

	private final SubscriptionStore store;

	private final MemberDirectory members;

	private final Plans plans;

	private final Ledger ledger;

	private final PaymentGateway gateway;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final String publicUrl;

	Subscriptions(SubscriptionStore store, MemberDirectory members, Plans plans, Ledger ledger, PaymentGateway gateway,
			ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock,
			@Value("${vitalia.public-url}") String publicUrl) {
		this.store = store;
		this.members = members;
		this.plans = plans;
		this.ledger = ledger;
		this.gateway = gateway;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** The member's subscription now; status {@code NONE} when they never subscribed. */
	@Transactional(readOnly = true)
	public SubscriptionSummary summary(UUID memberId) {
		return this.store.ofMember(memberId, false).map(this::summary).orElseGet(SubscriptionSummary::none);
	}

	SubscriptionSummary summary(Subscription s) {
		Plan plan = this.plans.find(s.planId).orElseThrow();
		Map<UUID, PlanPrice> prices = this.plans
			.prices(s.pendingPriceId != null ? List.of(s.priceId, s.pendingPriceId) : List.of(s.priceId));
		PlanPrice price = prices.get(s.priceId);
		PlanPrice pending = s.pendingPriceId != null ? prices.get(s.pendingPriceId) : null;
		return new SubscriptionSummary(s.status(this.clock.instant()), plan.id(), plan.code(), plan.name(),
				plan.nameEn(), plan.features(), price.money().amount(), price.money().currencyCode(),
				s.currentPeriodStart, s.currentPeriodEnd, s.cancelAtPeriodEnd, s.trialEnd, s.nextRetryAt,
				pending != null ? pending.planId() : null, pending != null ? pending.money().amount() : null);
	}

	/**
	 * Opens a checkout session with the gateway for the plan's current price.
	 * @throws DomainException 404 unknown plan, 422 {@code PLAN_ARCHIVED}, 409
	 * {@code ALREADY_SUBSCRIBED}
	 */
	@Transactional
	public CheckoutSession checkout(UUID memberId, UUID planId, String idempotencyKey) {
		MemberDirectory.Member member = this.members.lock(memberId);
		Plan plan = this.plans.find(planId).orElseThrow(() -> DomainException.notFound("The plan"));
		if (plan.archived()) {
			throw archived();
		}
		Optional<Subscription> existing = this.store.ofMember(memberId, false);
		if (existing.isPresent() && existing.get().isLive(this.clock.instant())) {
			throw new DomainException(DomainException.Kind.CONFLICT, "ALREADY_SUBSCRIBED",
					"You already have a subscription; change its plan instead");
		}
		CheckoutSession session = this.gateway.openCheckout(new CheckoutRequest(memberId, member.email(), plan.id(),
				plan.price().id(), plan.name(member.language()), plan.price().money(), plan.period(), plan.trialDays(),
				this.publicUrl + "/billing/success?session_id={CHECKOUT_SESSION_ID}",
				this.publicUrl + "/pricing?checkout=cancelled", idempotencyKey));
		this.jdbc.update(
				"insert into billing_checkout (id, member_id, plan_id, price_id, gateway, checkout_url, "
						+ "status, created_at) values (?, ?, ?, ?, ?, ?, 'OPEN', ?)",
				session.id(), memberId, plan.id(), plan.price().id(), this.gateway.name(), session.url(),
				Timestamp.from(this.clock.instant()));
		return session;
	}

	/** Cancels at the end of the paid period (again: no change). */
	@Transactional
	public SubscriptionSummary cancel(UUID memberId) {
		Subscription s = mine(memberId);
		Instant now = this.clock.instant();
		if (s.status(now) == SubscriptionStatus.CANCELLED) {
			return summary(s);
		}
		s.cancelAtPeriodEnd(now);
		if (this.gateway.renewsItself() && s.externalId != null) {
			gatewayOf(s).cancelAtPeriodEnd(s.externalId, true);
		}
		this.store.save(s);
		this.events.publishEvent(
				new SubscriptionCancelled(SubscriptionId.of(s.id), MemberId.of(memberId), s.currentPeriodEnd));
		return summary(s);
	}

	/** Takes a cancellation back before the period ends. */
	@Transactional
	public SubscriptionSummary resume(UUID memberId) {
		Subscription s = mine(memberId);
		s.resume(this.clock.instant());
		if (this.gateway.renewsItself() && s.externalId != null) {
			gatewayOf(s).cancelAtPeriodEnd(s.externalId, false);
		}
		this.store.save(s);
		return summary(s);
	}

	/**
	 * Moves to another plan of the same currency and period. A dearer plan applies now
	 * and the difference for the rest of the period is charged now; a cheaper one applies
	 * at the next renewal.
	 * @throws DomainException 409 {@code NOT_SUBSCRIBED}, {@code SAME_PLAN},
	 * {@code PAST_DUE}, {@code CANCELLED}; 422 {@code PLAN_ARCHIVED},
	 * {@code PLAN_CHANGE_UNSUPPORTED}, {@code PAYMENT_DECLINED}
	 */
	@Transactional
	public SubscriptionSummary change(UUID memberId, UUID planId, String idempotencyKey) {
		Subscription s = mine(memberId);
		Instant now = this.clock.instant();
		SubscriptionStatus status = s.status(now);
		if (status == SubscriptionStatus.PAST_DUE) {
			throw new DomainException(DomainException.Kind.CONFLICT, "PAST_DUE",
					"A renewal payment failed; the plan can change once it is paid");
		}
		if (status == SubscriptionStatus.CANCELLED) {
			throw new DomainException(DomainException.Kind.CONFLICT, "CANCELLED",
					"The subscription is cancelled; resume it before changing plan");
		}
		Plan target = this.plans.find(planId).orElseThrow(() -> DomainException.notFound("The plan"));
		if (target.archived()) {
			throw archived();
		}
		Money current = this.plans.prices(List.of(s.priceId)).get(s.priceId).money();
		Money next = target.price().money();
		Plan plan = this.plans.find(s.planId).orElseThrow();
		if (target.id().equals(s.planId)) {
			if (s.pendingPriceId != null) {
				s.pendingPriceId = null;
				s.pendingFrom = null;
				this.store.save(s);
				return summary(s);
			}
			throw new DomainException(DomainException.Kind.CONFLICT, "SAME_PLAN", "You are already on this plan");
		}
		if (!current.currency().equals(next.currency()) || !plan.period().equals(target.period())) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "PLAN_CHANGE_UNSUPPORTED",
					"Plans can change only to one with the same currency and billing period");
		}
		boolean upgrade = next.compareTo(current) > 0;
		if (upgrade && status == SubscriptionStatus.ACTIVE) {
			if (this.gateway.renewsItself()) {
				gatewayOf(s).changePrice(s.externalId, new PaymentGateway.ChangeRequest(target.id(),
						target.price().id(), target.name(), next, target.period(), true, idempotencyKey));
			}
			else {
				long[] remaining = s.remainingOfPeriod(now);
				Money charge = Proration.upgradeCharge(current, next, remaining[0], remaining[1]);
				if (charge.isPositive()) {
					chargeUpgrade(s, target, charge, idempotencyKey, now);
				}
			}
		}
		if (upgrade) {
			s.planId = target.id();
			s.priceId = target.price().id();
			s.pendingPriceId = null;
			s.pendingFrom = null;
		}
		else {
			if (this.gateway.renewsItself() && s.externalId != null) {
				gatewayOf(s).changePrice(s.externalId, new PaymentGateway.ChangeRequest(target.id(),
						target.price().id(), target.name(), next, target.period(), false, idempotencyKey));
			}
			s.pendingPriceId = target.price().id();
			s.pendingFrom = null;
		}
		this.store.save(s);
		return summary(s);
	}

	private void chargeUpgrade(Subscription s, Plan target, Money charge, String idempotencyKey, Instant now) {
		ChargeResult result = gatewayOf(s).charge(new ChargeRequest(String.valueOf(s.externalCustomerId), charge,
				"Upgrade to " + target.name(), idempotencyKey));
		if (!result.succeeded()) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "PAYMENT_DECLINED", "The upgrade charge of "
					+ charge + " was declined (" + result.failureReason() + "); your plan is unchanged");
		}
		this.ledger
			.succeeded(new Payment.Charge(s.id, s.memberId, target.id(), charge, "PRORATION", s.periodIndex,
					result.externalId(), now))
			.ifPresent(payment -> this.events
				.publishEvent(new PaymentSucceeded(PaymentId.of(payment.id()), MemberId.of(s.memberId),
						SubscriptionId.of(s.id), charge.amount(), charge.currencyCode(), "PRORATION", now)));
	}

	/**
	 * Moves the plan's subscribers who pay an older price to {@code priceId} at their
	 * first renewal after the notice period; returns the members moved.
	 */
	@Transactional
	List<UUID> moveToPrice(UUID planId, UUID priceId, Instant from) {
		Timestamp now = Timestamp.from(this.clock.instant());
		List<UUID> moved = this.jdbc.queryForList(
				"select member_id from billing_subscription where plan_id = ? and price_id <> ? and ended_at is null "
						+ "and not (cancel_at_period_end and current_period_end <= ?) "
						+ "and (pending_price_id is null or pending_price_id in "
						+ "(select id from billing_price where plan_id = ?))",
				UUID.class, planId, priceId, now, planId);
		this.jdbc.update(
				"update billing_subscription set pending_price_id = ?, pending_from = ?, version = version + 1 "
						+ "where plan_id = ? and price_id <> ? and ended_at is null "
						+ "and not (cancel_at_period_end and current_period_end <= ?) "
						+ "and (pending_price_id is null or pending_price_id in "
						+ "(select id from billing_price where plan_id = ?))",
				priceId, Timestamp.from(from), planId, priceId, now, planId);
		return moved;
	}

	private Subscription mine(UUID memberId) {
		this.members.lock(memberId);
		return this.store.ofMember(memberId, true)
			.filter(s -> s.isLive(this.clock.instant()))
			.orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT, "NOT_SUBSCRIBED",
					"You have no running subscription"));
	}

	private PaymentGateway gatewayOf(Subscription s) {
		if (!s.gateway.equals(this.gateway.name())) {
			throw new DomainException(DomainException.Kind.CONFLICT, "GATEWAY_CHANGED",
					"This subscription was made through " + s.gateway + ", which is not configured now");
		}
		return this.gateway;
	}

	private static DomainException archived() {
		return new DomainException(DomainException.Kind.UNPROCESSABLE, "PLAN_ARCHIVED",
				"This plan is archived and no longer offered");
	}

}
