package app.vitalia.billing.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import app.vitalia.billing.catalog.Money;
import app.vitalia.billing.catalog.PlanPeriod;
import app.vitalia.platform.DomainException;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Stripe adapter against a local WireMock server answering in Stripe's format
 * (form-encoded requests, JSON responses, Stripe's error envelope).
 */
class StripeGatewayTests {

	WireMockServer stripe;

	StripeGateway gateway;

	@BeforeEach
	void start() {
		this.stripe = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		this.stripe.start();
		this.gateway = new StripeGateway(StripeGateway.client(new GatewayProperties("stripe", "whsec_test",
				"sk_test_vitalia", "http://127.0.0.1:" + this.stripe.port(), Duration.ofSeconds(2))));
	}

	@AfterEach
	void stop() {
		this.stripe.stop();
	}

	@Test
	void opensASubscriptionCheckoutSessionForTheMemberWithTheInlinePrice() {
		this.stripe.stubFor(post("/v1/checkout/sessions").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"""
							{"id": "cs_test_a1b2c3", "object": "checkout.session", "mode": "subscription",
							 "status": "open", "payment_status": "unpaid", "url": "https://checkout.stripe.com/c/pay/cs_test_a1b2c3",
							 "client_reference_id": "member", "customer": null, "subscription": null,
							 "expires_at": 1735776000, "created": 1735689600, "livemode": false, "metadata": {}}
							""")));
		UUID member = UUID.randomUUID();
		UUID plan = UUID.randomUUID();
		UUID price = UUID.randomUUID();

		PaymentGateway.CheckoutSession session = this.gateway.openCheckout(new PaymentGateway.CheckoutRequest(member,
				"ana@example.com", plan, price, "Premium", Money.of("9.99", "EUR"), PlanPeriod.parse("P1M"), 7,
				"https://app.example/billing/success?session_id={CHECKOUT_SESSION_ID}", "https://app.example/pricing",
				"key-123"));

		assertThat(session.id()).isEqualTo("cs_test_a1b2c3");
		assertThat(session.url()).isEqualTo("https://checkout.stripe.com/c/pay/cs_test_a1b2c3");
		this.stripe.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
			.withHeader("Authorization", equalTo("Bearer sk_test_vitalia"))
			.withHeader("Idempotency-Key", equalTo("key-123"))
			.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
			.withFormParam("mode", equalTo("subscription"))
			.withFormParam("client_reference_id", equalTo(member.toString()))
			.withFormParam("customer_email", equalTo("ana@example.com"))
			.withFormParam("line_items[0][quantity]", equalTo("1"))
			.withFormParam("line_items[0][price_data][currency]", equalTo("eur"))
			.withFormParam("line_items[0][price_data][unit_amount]", equalTo("999"))
			.withFormParam("line_items[0][price_data][recurring][interval]", equalTo("month"))
			.withFormParam("line_items[0][price_data][recurring][interval_count]", equalTo("1"))
			.withFormParam("line_items[0][price_data][product_data][name]", equalTo("Premium"))
			.withFormParam("subscription_data[trial_period_days]", equalTo("7"))
			.withFormParam("subscription_data[metadata][memberId]", equalTo(member.toString()))
			.withFormParam("subscription_data[metadata][priceId]", equalTo(price.toString()))
			.withFormParam("success_url",
					equalTo("https://app.example/billing/success?session_id={CHECKOUT_SESSION_ID}")));
	}

	@Test
	void refundsPartOfAPaymentIntent() {
		this.stripe.stubFor(post("/v1/refunds")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
					{"id": "re_3Px", "object": "refund", "amount": 450, "currency": "eur",
					 "payment_intent": "pi_123", "status": "succeeded"}
					""")));
		String refund = this.gateway
			.refund(new PaymentGateway.RefundRequest("pi_123", Money.of("4.50", "EUR"), "refund-key"));
		assertThat(refund).isEqualTo("re_3Px");
		this.stripe
			.verify(postRequestedFor(urlEqualTo("/v1/refunds")).withFormParam("payment_intent", equalTo("pi_123"))
				.withFormParam("amount", equalTo("450"))
				.withHeader("Idempotency-Key", equalTo("refund-key")));
	}

	@Test
	void aRefusedRefundIsTheCallersToFixAndAnOutageIsUnavailable() {
		this.stripe.stubFor(post("/v1/refunds")
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"error": {"type": "invalid_request_error", "code": "charge_already_refunded",
					 "message": "Charge ch_1 has already been refunded.", "param": "charge"}}
					""")));
		assertThatExceptionOfType(DomainException.class)
			.isThrownBy(
					() -> this.gateway.refund(new PaymentGateway.RefundRequest("ch_1", Money.of("1.00", "EUR"), "k1")))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("GATEWAY_REFUSED"))
			.withMessageContaining("already been refunded");

		this.stripe.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"type\": \"api_error\", \"message\": \"Something went wrong\"}}")));
		assertThatExceptionOfType(GatewayUnavailableException.class).isThrownBy(
				() -> this.gateway.refund(new PaymentGateway.RefundRequest("ch_2", Money.of("1.00", "EUR"), "k2")));
	}

	@Test
	void cancelsAtPeriodEndAndMovesToAnotherPriceAtTheNextRenewal() {
		this.stripe.stubFor(post("/v1/subscriptions/sub_123").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"sub_123\", \"object\": \"subscription\", \"cancel_at_period_end\": true}")));
		this.gateway.cancelAtPeriodEnd("sub_123", true);
		this.stripe.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/sub_123"))
			.withFormParam("cancel_at_period_end", equalTo("true")));

		this.stripe.stubFor(get("/v1/subscriptions/sub_123")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
					{"id": "sub_123", "object": "subscription", "status": "active",
					 "items": {"object": "list", "data": [{"id": "si_1", "object": "subscription_item",
					   "price": {"id": "price_1", "object": "price", "product": "prod_1"}}]}}
					""")));
		this.gateway.changePrice("sub_123", new PaymentGateway.ChangeRequest(UUID.randomUUID(), UUID.randomUUID(),
				"Basic", Money.of("5.00", "EUR"), PlanPeriod.parse("P1M"), false, "change-key"));
		this.stripe.verify(
				postRequestedFor(urlEqualTo("/v1/subscriptions/sub_123")).withFormParam("items[0][id]", equalTo("si_1"))
					.withFormParam("items[0][price_data][product]", equalTo("prod_1"))
					.withFormParam("items[0][price_data][unit_amount]", equalTo("500"))
					.withFormParam("proration_behavior", equalTo("none"))
					.withHeader("Idempotency-Key", equalTo("change-key")));
	}

	@Test
	void signaturesFollowStripesScheme() {
		String payload = "{\"id\":\"evt_1\",\"type\":\"invoice.paid\"}";
		long t = 1_735_689_700L;
		Clock at = Clock.fixed(Instant.ofEpochSecond(t + 60), ZoneOffset.UTC);
		String header = WebhookSignature.sign(payload, "whsec_abc", t);
		assertThat(header).matches("t=1735689700,v1=[0-9a-f]{64}");
		assertThat(WebhookSignature.verify(payload, header, "whsec_abc", at)).isTrue();
		assertThat(WebhookSignature.verify(payload + " ", header, "whsec_abc", at)).isFalse();
		assertThat(WebhookSignature.verify(payload, header, "whsec_other", at)).isFalse();
		assertThat(WebhookSignature.verify(payload, header + ",v1=00ff", "whsec_abc", at)).isTrue();
		assertThat(WebhookSignature.verify(payload, header, "whsec_abc",
				Clock.fixed(Instant.ofEpochSecond(t + 301), ZoneOffset.UTC)))
			.isFalse();
	}

}
