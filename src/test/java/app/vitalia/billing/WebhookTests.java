package app.vitalia.billing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.vitalia.billing.gateway.WebhookSignature;
import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stripe's webhook deliveries: signed over the raw body, at least once, in any order.
 */
class WebhookTests extends BillingHttpTest {

	record Stripe(BillingFixtures.Member member, UUID planId, String subscription, String customer, String session) {
	}

	/** A member who checked out; Stripe's ids for what the checkout will create. */
	Stripe checkedOut(String amount) {
		UUID planId = this.billing.plan(amount, "AI_SUMMARY");
		BillingFixtures.Member member = this.billing.member();
		String session = this.billing.checkout(member, planId).text("sessionId");
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 14);
		return new Stripe(member, planId, "sub_" + suffix, "cus_" + suffix, session);
	}

	String completed(Stripe stripe, String eventId, long created) {
		return BillingFixtures.event(eventId, "checkout.session.completed", created,
				Map.of("id", stripe.session(), "object", "checkout.session", "mode", "subscription", "status",
						"complete", "payment_status", "paid", "client_reference_id", stripe.member().id().toString(),
						"customer", stripe.customer(), "subscription", stripe.subscription()));
	}

	String invoicePaid(Stripe stripe, String eventId, long created, String paymentIntent, String reason,
			long periodStart, long periodEnd, long amount) {
		return BillingFixtures.event(eventId, "invoice.paid", created,
				Map.of("id", "in_" + eventId, "object", "invoice", "subscription", stripe.subscription(), "customer",
						stripe.customer(), "billing_reason", reason, "amount_paid", amount, "currency", "eur",
						"payment_intent", paymentIntent, "lines",
						Map.of("data", List.of(Map.of("period", Map.of("start", periodStart, "end", periodEnd)))),
						"subscription_details", Map.of("metadata", metadata(stripe))));
	}

	Map<String, String> metadata(Stripe stripe) {
		return Map.of("memberId", stripe.member().id().toString(), "planId", stripe.planId().toString(), "priceId",
				priceOf(stripe.planId()));
	}

	@Test
	void aBadSignatureOrAStaleTimestampIsRefusedAndNothingIsStored() {
		Stripe stripe = checkedOut("9.99");
		String id = "evt_" + UUID.randomUUID();
		String payload = completed(stripe, id, now());
		Response forged = this.billing.deliver(payload, WebhookSignature.sign(payload, "whsec_wrong", now()));
		assertThat(forged.status()).isEqualTo(400);
		assertThat(forged.text("code")).isEqualTo("INVALID_SIGNATURE");
		Response tampered = this.billing.deliver(payload.replace("paid", "unpaid"),
				WebhookSignature.sign(payload, this.gateway.webhookSecret(), now()));
		assertThat(tampered.status()).isEqualTo(400);
		Response stale = this.billing.deliver(payload,
				WebhookSignature.sign(payload, this.gateway.webhookSecret(), now() - 301));
		assertThat(stale.status()).isEqualTo(400);
		Response unsigned = this.billing.deliver(payload, "");
		assertThat(unsigned.status()).isEqualTo(400);
		assertThat(stored(id)).isZero();
		assertThat(this.billing.subscription(stripe.member()).text("status")).isEqualTo("NONE");

		Response malformed = this.billing.deliver("{\"id\": 1}");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.text("code")).isEqualTo("MALFORMED_EVENT");
	}

	@Test
	void aReplayedEventDeliveredAHundredTimesTwentyAtOnceActsOnce() throws Exception {
		Stripe stripe = checkedOut("9.99");
		String completed = completed(stripe, "evt_" + UUID.randomUUID(), now());
		String paid = invoicePaid(stripe, "evt_" + UUID.randomUUID(), now(), "pi_" + UUID.randomUUID(),
				"subscription_create", now(), now() + 30 * 86_400, 999);
		int activatedBefore = this.published.of(SubscriptionActivated.class).size();

		List<Response> responses = deliverConcurrently(List.of(completed, paid), 100, 20);

		assertThat(responses).allSatisfy(response -> assertThat(response.status()).isEqualTo(200));
		assertThat(responses.stream().filter(r -> !r.text("result").equals("DUPLICATE")).count()).isEqualTo(2);
		assertThat(this.published.of(SubscriptionActivated.class)
			.stream()
			.filter(e -> e.memberId().id().equals(stripe.member().id()))
			.count()).isEqualTo(1);
		assertThat(this.published.of(SubscriptionActivated.class)).hasSize(activatedBefore + 1);
		assertThat(this.published.of(PaymentSucceeded.class)
			.stream()
			.filter(e -> e.memberId().id().equals(stripe.member().id()))
			.count()).isEqualTo(1);
		assertThat(this.api.get("/api/me/payments", stripe.member().token()).body()).hasSize(1);
		assertThat(this.billing.subscription(stripe.member()).text("status")).isEqualTo("ACTIVE");
		assertThat(this.jdbc.queryForObject("select gateway from billing_subscription where external_id = ?",
				String.class, stripe.subscription()))
			.isEqualTo("stripe");
	}

	@Test
	void eventsOutOfOrderNeverMoveASubscriptionBackwards() {
		Stripe stripe = checkedOut("12.00");
		long start = now();
		// the first invoice arrives before the checkout: its metadata is enough to start
		String first = BillingFixtures.event("evt_" + UUID.randomUUID(), "invoice.paid", start,
				Map.of("id", "in_" + UUID.randomUUID(), "object", "invoice", "subscription", stripe.subscription(),
						"customer", stripe.customer(), "billing_reason", "subscription_create", "amount_paid", 1200,
						"currency", "eur", "payment_intent", "pi_" + UUID.randomUUID(), "subscription_details",
						Map.of("metadata", metadata(stripe))));
		assertThat(this.billing.deliver(first).text("result")).isEqualTo("APPLIED");
		assertThat(this.billing.deliver(completed(stripe, "evt_" + UUID.randomUUID(), start)).text("result"))
			.isEqualTo("IGNORED");
		String periodEnd = this.billing.subscription(stripe.member()).text("currentPeriodEnd");

		// a later cancellation, then an older update that says "not cancelled"
		String cancelled = subscriptionUpdated(stripe, start + 200, true);
		String older = subscriptionUpdated(stripe, start + 100, false);
		assertThat(this.billing.deliver(cancelled).text("result")).isEqualTo("APPLIED");
		assertThat(this.billing.deliver(older).text("result")).isEqualTo("IGNORED");
		assertThat(this.billing.subscription(stripe.member()).text("status")).isEqualTo("CANCELLED");

		// the period never moves back to an older invoice's
		assertThat(this.billing.subscription(stripe.member()).text("currentPeriodEnd")).isEqualTo(periodEnd);

		// deleted, then a late "updated" from before: stays expired
		String deleted = BillingFixtures.event("evt_" + UUID.randomUUID(), "customer.subscription.deleted", start + 300,
				Map.of("id", stripe.subscription(), "object", "subscription", "status", "canceled"));
		assertThat(this.billing.deliver(deleted).text("result")).isEqualTo("APPLIED");
		assertThat(this.billing.deliver(subscriptionUpdated(stripe, start + 250, false)).text("result"))
			.isEqualTo("IGNORED");
		assertThat(this.billing.subscription(stripe.member()).text("status")).isEqualTo("EXPIRED");
		assertThat(this.published.of(SubscriptionExpired.class)
			.stream()
			.filter(e -> e.memberId().id().equals(stripe.member().id()))
			.count()).isEqualTo(1);
	}

	@Test
	void aRenewalInvoiceAdvancesThePeriodOnceAndAnOlderOneDoesNot() {
		Stripe stripe = checkedOut("8.00");
		long start = now();
		this.billing.deliver(completed(stripe, "evt_" + UUID.randomUUID(), start));
		String firstEnd = this.billing.subscription(stripe.member()).text("currentPeriodEnd");
		long end1 = Instant.parse(firstEnd).getEpochSecond();
		long end2 = Instant.parse(firstEnd).atZone(java.time.ZoneOffset.UTC).plusMonths(1).toEpochSecond();
		String renewal = invoicePaid(stripe, "evt_" + UUID.randomUUID(), start + 10, "pi_" + UUID.randomUUID(),
				"subscription_cycle", end1, end2, 800);
		assertThat(this.billing.deliver(renewal).text("result")).isEqualTo("APPLIED");
		assertThat(Instant.parse(this.billing.subscription(stripe.member()).text("currentPeriodEnd")).getEpochSecond())
			.isEqualTo(end2);
		String late = invoicePaid(stripe, "evt_" + UUID.randomUUID(), start + 5, "pi_" + UUID.randomUUID(),
				"subscription_cycle", start, end1, 800);
		this.billing.deliver(late);
		assertThat(Instant.parse(this.billing.subscription(stripe.member()).text("currentPeriodEnd")).getEpochSecond())
			.isEqualTo(end2);
	}

	@Test
	void unknownTypesAreRecordedAndAcknowledgedAndAdminsReadEveryEvent() {
		String id = "evt_" + UUID.randomUUID();
		String type = "customer.tax_id.created";
		Response response = this.billing
			.deliver(BillingFixtures.event(id, type, now(), Map.of("id", "txi_1", "object", "tax_id")));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text("result")).isEqualTo("UNKNOWN_TYPE");
		Response events = this.api.get("/api/admin/billing/events?type=" + type, this.billing.admin());
		assertThat(events.status()).isEqualTo(200);
		assertThat(events.body().path("content").path(0).path("id").asString()).isEqualTo(id);
		assertThat(events.body().path("content").path(0).path("result").asString()).isEqualTo("UNKNOWN_TYPE");
		assertThat(events.body().path("content").path(0).path("payload").asString()).contains("txi_1");
		assertThat(events.body().path("totalElements").asLong()).isEqualTo(1);
	}

	String subscriptionUpdated(Stripe stripe, long created, boolean cancelAtPeriodEnd) {
		return BillingFixtures.event("evt_" + UUID.randomUUID(), "customer.subscription.updated", created,
				Map.of("id", stripe.subscription(), "object", "subscription", "status", "active",
						"cancel_at_period_end", cancelAtPeriodEnd));
	}

	String priceOf(UUID planId) {
		return this.jdbc.queryForObject("select id from billing_price where plan_id = ?", UUID.class, planId)
			.toString();
	}

	int stored(String id) {
		return this.jdbc.queryForObject("select count(*) from billing_webhook_event where id = ?", Integer.class, id);
	}

	long now() {
		return this.clock.instant().getEpochSecond();
	}

	List<Response> deliverConcurrently(List<String> payloads, int times, int threads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<Response>> deliveries = new ArrayList<>();
			for (String payload : payloads) {
				for (int i = 0; i < times; i++) {
					deliveries.add(() -> this.billing.deliver(payload));
				}
			}
			List<Response> responses = new ArrayList<>();
			for (Future<Response> delivery : pool.invokeAll(deliveries)) {
				responses.add(delivery.get());
			}
			return responses;
		}
		finally {
			pool.shutdown();
		}
	}

}
