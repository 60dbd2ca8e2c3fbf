package app.vitalia.billing.gateway;

import java.util.List;
import java.util.Locale;

import app.vitalia.billing.catalog.Money;
import app.vitalia.platform.DomainException;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.StripeException;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;

/**
 * Stripe through stripe-java: Checkout Sessions in subscription mode (the member's id as
 * {@code client_reference_id}, plan and price ids as subscription metadata, the price
 * inline as {@code price_data}), refunds, and subscription updates. Stripe renews and
 * retries by itself and reports every outcome by webhook. The API base URL is
 * configurable so tests run it against a local stub speaking Stripe's format.
 */
public class StripeGateway implements PaymentGateway {

	public static final String NAME = "stripe";

	private final StripeClient stripe;

	StripeGateway(StripeClient stripe) {
		this.stripe = stripe;
	}

	static StripeClient client(GatewayProperties properties) {
		return StripeClient.builder()
			.setApiKey(properties.stripeApiKey())
			.setApiBase(properties.stripeApiBase())
			.setConnectTimeout((int) properties.stripeTimeout().toMillis())
			.setReadTimeout((int) properties.stripeTimeout().toMillis())
			.setMaxNetworkRetries(2)
			.build();
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean renewsItself() {
		return true;
	}

	@Override
	public CheckoutSession openCheckout(CheckoutRequest request) {
		SessionCreateParams.SubscriptionData.Builder subscription = SessionCreateParams.SubscriptionData.builder()
			.putMetadata("memberId", request.memberId().toString())
			.putMetadata("planId", request.planId().toString())
			.putMetadata("priceId", request.priceId().toString());
		if (request.trialDays() > 0) {
			subscription.setTrialPeriodDays((long) request.trialDays());
		}
		SessionCreateParams params = SessionCreateParams.builder()
			.setMode(SessionCreateParams.Mode.SUBSCRIPTION)
			.addLineItem(SessionCreateParams.LineItem.builder()
				.setQuantity(1L)
				.setPriceData(PriceData.builder()
					.setCurrency(currency(request.price()))
					.setUnitAmount(request.price().minorUnits())
					.setRecurring(PriceData.Recurring.builder()
						.setInterval(PriceData.Recurring.Interval
							.valueOf(request.period().interval().toUpperCase(Locale.ROOT)))
						.setIntervalCount(request.period().intervalCount())
						.build())
					.setProductData(PriceData.ProductData.builder().setName(request.planName()).build())
					.build())
				.build())
			.setSuccessUrl(request.successUrl())
			.setCancelUrl(request.cancelUrl())
			.setClientReferenceId(request.memberId().toString())
			.setCustomerEmail(request.email())
			.putMetadata("planId", request.planId().toString())
			.putMetadata("priceId", request.priceId().toString())
			.setSubscriptionData(subscription.build())
			.build();
		try {
			Session session = this.stripe.checkout().sessions().create(params, idempotent(request.idempotencyKey()));
			return new CheckoutSession(session.getId(), session.getUrl());
		}
		catch (StripeException ex) {
			throw failure("create a checkout session", ex);
		}
	}

	@Override
	public ChargeResult charge(ChargeRequest request) {
		throw new IllegalStateException("Stripe renews its subscriptions itself; the application never charges them");
	}

	@Override
	public String refund(RefundRequest request) {
		RefundCreateParams.Builder params = RefundCreateParams.builder().setAmount(request.amount().minorUnits());
		if (request.paymentExternalId().startsWith("pi_")) {
			params.setPaymentIntent(request.paymentExternalId());
		}
		else {
			params.setCharge(request.paymentExternalId());
		}
		try {
			return this.stripe.refunds().create(params.build(), idempotent(request.idempotencyKey())).getId();
		}
		catch (StripeException ex) {
			throw failure("refund", ex);
		}
	}

	@Override
	public void cancelAtPeriodEnd(String externalSubscriptionId, boolean cancel) {
		try {
			this.stripe.subscriptions()
				.update(externalSubscriptionId,
						SubscriptionUpdateParams.builder().setCancelAtPeriodEnd(cancel).build());
		}
		catch (StripeException ex) {
			throw failure(cancel ? "cancel the subscription" : "resume the subscription", ex);
		}
	}

	@Override
	public void changePrice(String externalSubscriptionId, ChangeRequest request) {
		try {
			Subscription current = this.stripe.subscriptions().retrieve(externalSubscriptionId);
			List<SubscriptionItem> items = current.getItems().getData();
			SubscriptionItem item = items.get(0);
			SubscriptionUpdateParams params = SubscriptionUpdateParams.builder()
				.addItem(SubscriptionUpdateParams.Item.builder()
					.setId(item.getId())
					.setPriceData(SubscriptionUpdateParams.Item.PriceData.builder()
						.setCurrency(currency(request.price()))
						.setUnitAmount(request.price().minorUnits())
						.setProduct(item.getPrice().getProduct())
						.setRecurring(SubscriptionUpdateParams.Item.PriceData.Recurring.builder()
							.setInterval(SubscriptionUpdateParams.Item.PriceData.Recurring.Interval
								.valueOf(request.period().interval().toUpperCase(Locale.ROOT)))
							.setIntervalCount(request.period().intervalCount())
							.build())
						.build())
					.build())
				.setProrationBehavior(request.prorateNow() ? SubscriptionUpdateParams.ProrationBehavior.ALWAYS_INVOICE
						: SubscriptionUpdateParams.ProrationBehavior.NONE)
				.putMetadata("planId", request.planId().toString())
				.putMetadata("priceId", request.priceId().toString())
				.build();
			this.stripe.subscriptions().update(externalSubscriptionId, params, idempotent(request.idempotencyKey()));
		}
		catch (StripeException ex) {
			throw failure("change the subscription's price", ex);
		}
	}

	private static String currency(Money money) {
		return money.currencyCode().toLowerCase(Locale.ROOT);
	}

	private static RequestOptions idempotent(String key) {
		return RequestOptions.builder().setIdempotencyKey(key).build();
	}

	/**
	 * Stripe refusing the request (4xx: a card error, an invalid parameter) is the
	 * client's to fix (422); anything else means Stripe is unavailable (503).
	 */
	private static RuntimeException failure(String action, StripeException ex) {
		Integer status = ex.getStatusCode();
		if (!(ex instanceof ApiConnectionException) && status != null && status >= 400 && status < 500
				&& status != 429) {
			return new DomainException(DomainException.Kind.UNPROCESSABLE, "GATEWAY_REFUSED",
					"Stripe refused to " + action + ": " + ex.getStripeError().getMessage());
		}
		return new GatewayUnavailableException("Stripe could not " + action + " (" + ex.getMessage() + ")", ex);
	}

}
