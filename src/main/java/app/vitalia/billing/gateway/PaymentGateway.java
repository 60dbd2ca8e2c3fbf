package app.vitalia.billing.gateway;

import java.util.UUID;

import app.vitalia.billing.catalog.Money;
import app.vitalia.billing.catalog.PlanPeriod;
import org.jspecify.annotations.Nullable;

/**
 * The payment gateway port: hosted checkout, off-session charges, refunds and
 * subscription changes. Outcomes of checkout arrive as Stripe-shaped, signed webhook
 * events, from Stripe or from the sandbox alike. Adapters: {@link StripeGateway} and
 * {@link SandboxGateway} (the default), chosen by {@code vitalia.billing.gateway.name}.
 */
public interface PaymentGateway {

	/** {@code stripe} or {@code sandbox}; stored with each subscription. */
	String name();

	/**
	 * Whether the gateway renews subscriptions itself (Stripe does, and reports each
	 * renewal by webhook), or the application's renewal job charges them through
	 * {@link #charge}.
	 */
	boolean renewsItself();

	CheckoutSession openCheckout(CheckoutRequest request);

	/** Charges the customer's saved card now, off-session. Same key, same result. */
	ChargeResult charge(ChargeRequest request);

	/** Refunds part or all of a payment; returns the gateway's refund id. */
	String refund(RefundRequest request);

	/** Sets or clears cancellation at the end of the current period. */
	void cancelAtPeriodEnd(String externalSubscriptionId, boolean cancel);

	/**
	 * Moves a subscription the gateway renews itself to another price: charged now and
	 * prorated ({@code prorateNow}) or from the next renewal.
	 */
	void changePrice(String externalSubscriptionId, ChangeRequest request);

	record CheckoutRequest(UUID memberId, String email, UUID planId, UUID priceId, String planName, Money price,
			PlanPeriod period, int trialDays, String successUrl, String cancelUrl, String idempotencyKey) {
	}

	record CheckoutSession(String id, String url) {
	}

	record ChargeRequest(String customerId, Money amount, String description, String idempotencyKey) {
	}

	record ChargeResult(boolean succeeded, String externalId, @Nullable String failureReason) {
	}

	record RefundRequest(String paymentExternalId, Money amount, String idempotencyKey) {
	}

	record ChangeRequest(UUID planId, UUID priceId, String planName, Money price, PlanPeriod period, boolean prorateNow,
			String idempotencyKey) {
	}

}
