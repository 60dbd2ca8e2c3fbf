package app.vitalia.billing;

import java.util.Map;
import java.util.UUID;

import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's subscription end to end through the sandbox gateway: checkout, the test
 * cards, the same status everywhere, payments and receipts, cancel, resume, change,
 * refunds.
 */
class SubscriptionFlowTests extends BillingHttpTest {

	@Test
	void aGoodCardActivatesTheSubscriptionAndRecordsOnePaymentWithAReceipt() {
		UUID planId = this.billing.plan("9.99", "PHOTO_ANALYSIS", "AI_SUMMARY");
		BillingFixtures.Member member = this.billing.member();
		assertThat(this.billing.subscription(member).text("status")).isEqualTo("NONE");

		Response checkout = this.billing.checkout(member, planId);
		assertThat(checkout.status()).isEqualTo(201);
		assertThat(checkout.text("checkoutUrl")).isEqualTo("/checkout/sandbox/" + checkout.text("sessionId"));
		Response session = this.api.get("/api/billing/sandbox/sessions/" + checkout.text("sessionId"), member.token());
		assertThat(session.text("amount")).isEqualTo("9.99");
		assertThat(session.body().path("testCards").toString()).contains("4242 4242 4242 4242");
		Response paid = this.billing.pay(member, checkout.text("sessionId"), BillingFixtures.GOOD_CARD);
		assertThat(paid.status()).as(paid.body().toString()).isEqualTo(200);
		assertThat(paid.text("status")).isEqualTo("complete");
		assertThat(paid.text("successUrl")).startsWith("/billing/success?session_id=cs_sbx_");

		JsonNode subscription = this.billing.subscription(member).body();
		assertThat(subscription.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(subscription.path("plan").path("id").asString()).isEqualTo(planId.toString());
		assertThat(subscription.path("price").path("amount").asString()).isEqualTo("9.99");
		assertThat(subscription.path("cancelAtPeriodEnd").asBoolean()).isFalse();
		assertThat(this.api.get("/api/me/entitlements", member.token()).body().path("features").toString())
			.isEqualTo("[\"PHOTO_ANALYSIS\",\"AI_SUMMARY\"]");

		Response payments = this.api.get("/api/me/payments", member.token());
		assertThat(payments.body()).hasSize(1);
		JsonNode payment = payments.body().path(0);
		assertThat(payment.path("amount").asString()).isEqualTo("9.99");
		assertThat(payment.path("currency").asString()).isEqualTo("EUR");
		assertThat(payment.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(payment.path("externalId").asString()).startsWith("pi_sbx_");
		assertThat(payment.path("invoiceNumber").asString()).matches("\\d{4}-\\d{6}");

		Response receipt = this.api.get("/api/me/payments/" + payment.path("id").asString() + "/receipt",
				member.token());
		assertThat(receipt.status()).isEqualTo(200);
		assertThat(receipt.contentType()).isEqualTo("application/pdf");
		assertThat(receipt.raw().body()).startsWith("%PDF-");
		assertThat(this.api.get("/api/me/payments/" + payment.path("id").asString() + "/receipt", this.api.newMember())
			.status()).isEqualTo(404);

		Response again = this.billing.checkout(member, planId);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("code")).isEqualTo("ALREADY_SUBSCRIBED");
	}

	@Test
	void aDeclinedCardShowsTheDeclineAndChargesNothing() {
		UUID planId = this.billing.plan("9.99");
		BillingFixtures.Member member = this.billing.member();
		Response checkout = this.billing.checkout(member, planId);
		Response declined = this.billing.pay(member, checkout.text("sessionId"), BillingFixtures.DECLINED_CARD);
		assertThat(declined.status()).isEqualTo(422);
		assertThat(declined.text("code")).isEqualTo("CARD_DECLINED");
		assertThat(this.billing.subscription(member).text("status")).isEqualTo("NONE");
		assertThat(this.api.get("/api/me/payments", member.token()).body()).isEmpty();

		Response malformed = this.api.post("/api/billing/sandbox/sessions/" + checkout.text("sessionId") + "/pay",
				Map.of("cardNumber", "4242 4242 4242 4241", "expMonth", 13, "expYear", 2001, "cvc", "12"),
				member.token());
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.body().path("errors").toString()).contains("cardNumber", "expMonth", "expYear", "cvc");

		Response retried = this.billing.pay(member, checkout.text("sessionId"), BillingFixtures.GOOD_CARD);
		assertThat(retried.status()).isEqualTo(200);
		assertThat(this.billing.subscription(member).text("status")).isEqualTo("ACTIVE");
		assertThat(this.billing.pay(member, checkout.text("sessionId"), BillingFixtures.GOOD_CARD).text("code"))
			.isEqualTo("SESSION_NOT_OPEN");
	}

	@Test
	void archivedAndUnknownPlansCannotBeBought() {
		UUID planId = this.billing.plan("4.00");
		this.api.patch("/api/admin/plans/" + planId, Map.of("archived", true), this.billing.admin());
		BillingFixtures.Member member = this.billing.member();
		Response archived = this.billing.checkout(member, planId);
		assertThat(archived.status()).isEqualTo(422);
		assertThat(archived.text("code")).isEqualTo("PLAN_ARCHIVED");
		assertThat(this.billing.checkout(member, UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(this.api.post("/api/me/subscription/checkout", Map.of(), member.token()).status()).isEqualTo(400);
	}

	@Test
	void aTrialPlanStartsTrialingWithoutACharge() {
		UUID planId = this.billing.plan("5.00", "EUR", "P1M", 14, "AI_SUMMARY");
		BillingFixtures.Member member = this.billing.member();
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);
		JsonNode subscription = this.billing.subscription(member).body();
		assertThat(subscription.path("status").asString()).isEqualTo("TRIALING");
		assertThat(subscription.path("trialEnd").asString())
			.isEqualTo(subscription.path("currentPeriodEnd").asString());
		assertThat(this.api.get("/api/me/payments", member.token()).body()).isEmpty();
		assertThat(this.api.get("/api/me/entitlements", member.token()).body().path("features").toString())
			.contains("AI_SUMMARY");
	}

	@Test
	void cancelKeepsAccessToThePeriodEndAndResumeTakesItBack() {
		UUID planId = this.billing.plan("9.99", "AI_SUMMARY");
		BillingFixtures.Member member = this.billing.member();
		assertThat(this.api.post("/api/me/subscription/cancel", Map.of(), member.token()).text("code"))
			.isEqualTo("NOT_SUBSCRIBED");
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);

		Response cancelled = this.api.post("/api/me/subscription/cancel", Map.of(), member.token());
		assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
		assertThat(cancelled.body().path("cancelAtPeriodEnd").asBoolean()).isTrue();
		assertThat(this.api.post("/api/me/subscription/cancel", Map.of(), member.token()).text("status"))
			.isEqualTo("CANCELLED");
		assertThat(this.api.get("/api/me/entitlements", member.token()).body().path("features").toString())
			.contains("AI_SUMMARY");
		String memberRow = this.api.get("/api/admin/members?status=CANCELLED&q=", this.billing.admin())
			.body()
			.toString();
		assertThat(memberRow).contains(member.id().toString());

		Response resumed = this.api.post("/api/me/subscription/resume", Map.of(), member.token());
		assertThat(resumed.text("status")).isEqualTo("ACTIVE");
		assertThat(this.api.post("/api/me/subscription/resume", Map.of(), member.token()).text("code"))
			.isEqualTo("NOT_RESUMABLE");
	}

	@Test
	void anUpgradeIsChargedNowProratedAndADowngradeWaitsForTheRenewal() {
		UUID basic = this.billing.plan("10.00", "AI_SUMMARY");
		UUID premium = this.billing.plan("20.00", "AI_SUMMARY", "PHOTO_ANALYSIS");
		UUID yearly = this.billing.plan("100.00", "EUR", "P1Y", 0);
		BillingFixtures.Member member = this.billing.member();
		this.billing.subscribe(member, basic, BillingFixtures.GOOD_CARD);

		Response unsupported = this.api.post("/api/me/subscription/change", Map.of("planId", yearly.toString()),
				member.token());
		assertThat(unsupported.status()).isEqualTo(422);
		assertThat(unsupported.text("code")).isEqualTo("PLAN_CHANGE_UNSUPPORTED");

		Response upgraded = this.api.post("/api/me/subscription/change", Map.of("planId", premium.toString()),
				member.token());
		assertThat(upgraded.status()).as(upgraded.body().toString()).isEqualTo(200);
		assertThat(upgraded.body().path("plan").path("id").asString()).isEqualTo(premium.toString());
		assertThat(upgraded.body().path("price").path("amount").asString()).isEqualTo("20.00");
		JsonNode proration = this.api.get("/api/me/payments", member.token()).body().path(0);
		assertThat(proration.path("kind").asString()).isEqualTo("PRORATION");
		// just subscribed: nearly the whole period remains, so nearly the whole
		// difference
		assertThat(new java.math.BigDecimal(proration.path("amount").asString()))
			.isBetween(new java.math.BigDecimal("9.98"), new java.math.BigDecimal("10.00"));

		Response downgraded = this.api.post("/api/me/subscription/change", Map.of("planId", basic.toString()),
				member.token());
		assertThat(downgraded.body().path("plan").path("id").asString()).isEqualTo(premium.toString());
		assertThat(downgraded.body().path("pendingChange").path("planId").asString()).isEqualTo(basic.toString());
		assertThat(downgraded.body().path("pendingChange").path("from").asString())
			.isEqualTo(downgraded.body().path("currentPeriodEnd").asString());
		assertThat(this.api.get("/api/me/payments", member.token()).body()).hasSize(2);
		assertThat(this.api.post("/api/me/subscription/change", Map.of("planId", premium.toString()), member.token())
			.body()
			.path("pendingChange")
			.isNull()).isTrue();
	}

	@Test
	void anAdminRefundsPartlyThenTheRestButNeverMore() {
		UUID planId = this.billing.plan("30.00");
		BillingFixtures.Member member = this.billing.member();
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);
		String paymentId = this.api.get("/api/me/payments", member.token()).body().path(0).path("id").asString();

		Response partial = this.api.post("/api/admin/payments/" + paymentId + "/refund", Map.of("amount", "10.50"),
				this.billing.admin());
		assertThat(partial.status()).as(partial.body().toString()).isEqualTo(200);
		assertThat(partial.text("status")).isEqualTo("SUCCEEDED");
		assertThat(partial.text("refundedAmount")).isEqualTo("10.50");
		Response tooMuch = this.api.post("/api/admin/payments/" + paymentId + "/refund", Map.of("amount", "19.51"),
				this.billing.admin());
		assertThat(tooMuch.status()).isEqualTo(422);
		assertThat(tooMuch.text("code")).isEqualTo("REFUND_TOO_LARGE");
		assertThat(this.api
			.post("/api/admin/payments/" + paymentId + "/refund", Map.of("amount", "-1"), this.billing.admin())
			.status()).isEqualTo(400);
		Response rest = this.api.post("/api/admin/payments/" + paymentId + "/refund", Map.of(), this.billing.admin());
		assertThat(rest.text("status")).isEqualTo("REFUNDED");
		assertThat(rest.text("refundedAmount")).isEqualTo("30.00");
		assertThat(this.api.post("/api/admin/payments/" + paymentId + "/refund", Map.of(), this.billing.admin())
			.text("code")).isEqualTo("NOT_REFUNDABLE");
		assertThat(this.jdbc.queryForObject("select count(*) from billing_refund where payment_id = ?", Integer.class,
				UUID.fromString(paymentId)))
			.isEqualTo(2);
		assertThat(this.api.post("/api/admin/payments/" + paymentId + "/refund", Map.of(), member.token()).status())
			.isEqualTo(403);
	}

	@Test
	void aRepeatedCheckoutOrRefundWithTheSameKeyGetsTheFirstAnswerAndActsOnce() throws Exception {
		UUID planId = this.billing.plan("12.00");
		BillingFixtures.Member member = this.billing.member();
		String key = UUID.randomUUID().toString();
		Response first = checkout(member, planId, key);
		Response replay = checkout(member, planId, key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(replay.status()).isEqualTo(201);
		assertThat(replay.text("sessionId")).isEqualTo(first.text("sessionId"));
		assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(this.jdbc.queryForObject("select count(*) from billing_checkout where member_id = ?", Integer.class,
				member.id()))
			.isEqualTo(1);

		this.billing.pay(member, first.text("sessionId"), BillingFixtures.GOOD_CARD);
		String paymentId = this.api.get("/api/me/payments", member.token()).body().path(0).path("id").asString();
		String refundKey = UUID.randomUUID().toString();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
		try {
			java.util.List<java.util.concurrent.Future<Response>> refunds = new java.util.ArrayList<>();
			for (int i = 0; i < 5; i++) {
				refunds.add(pool.submit(() -> this.api
					.raw(this.api.builder("/api/admin/payments/" + paymentId + "/refund", this.billing.admin())
						.header("Content-Type", "application/json")
						.header("Idempotency-Key", refundKey)
						.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"amount\": \"2.00\"}")))));
			}
			for (java.util.concurrent.Future<Response> refund : refunds) {
				assertThat(refund.get().status()).isIn(200, 409);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from billing_refund where payment_id = ?", Integer.class,
				UUID.fromString(paymentId)))
			.isEqualTo(1);
		assertThat(this.api.get("/api/me/payments", member.token()).body().path(0).path("refundedAmount").asString())
			.isEqualTo("2.00");
	}

	Response checkout(BillingFixtures.Member member, UUID planId, String key) {
		return this.api.raw(this.api.builder("/api/me/subscription/checkout", member.token())
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"planId\": \"" + planId + "\"}")));
	}

}
