package app.vitalia.billing;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.UUID;

import app.vitalia.billing.gateway.WebhookSignature;
import app.vitalia.support.Api;
import app.vitalia.support.Api.Response;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Billing scenarios through the HTTP API: plans an admin creates, members who subscribe
 * through the sandbox checkout, and Stripe-signed webhook deliveries.
 */
final class BillingFixtures {

	static final String GOOD_CARD = "4242 4242 4242 4242";

	static final String DECLINED_CARD = "4000 0000 0000 0002";

	static final String FAILS_LATER_CARD = "4000 0000 0000 0341";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final Api api;

	private final String secret;

	private final String admin;

	private final Clock clock;

	BillingFixtures(Api api, String secret, Clock clock) {
		this.api = api;
		this.secret = secret;
		this.clock = clock;
		this.admin = adminToken(api);
	}

	private record SignedIn(String token, long at) {
	}

	/** Per application (each test context has its own port and signing key). */
	private static final Map<String, SignedIn> cachedAdmins = new ConcurrentHashMap<>();

	/**
	 * The admin signs in once per few minutes per application: sign-ins per account are
	 * rate limited, and the tests share one application.
	 */
	private static String adminToken(Api api) {
		return cachedAdmins.compute(api.base(),
				(base, cached) -> cached == null || System.nanoTime() - cached.at() > TimeUnit.MINUTES.toNanos(5)
						? new SignedIn(api.admin(), System.nanoTime()) : cached)
			.token();
	}

	String admin() {
		return this.admin;
	}

	record Member(UUID id, String token) {
	}

	Member member() {
		String token = this.api.newMember();
		return new Member(UUID.fromString(this.api.get("/api/me", token).text("id")), token);
	}

	/** A monthly plan with a unique code. */
	UUID plan(String amount, String... features) {
		return plan(amount, "EUR", "P1M", 0, features);
	}

	UUID plan(String amount, String currency, String period, int trialDays, String... features) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", "plan-" + UUID.randomUUID().toString().substring(0, 8));
		body.put("name", "Plan " + amount);
		body.put("description", "A plan for the tests");
		body.put("price", Map.of("amount", amount, "currency", currency));
		body.put("period", period);
		body.put("trialDays", trialDays);
		body.put("features", List.of(features));
		Response created = this.api.post("/api/admin/plans", body, this.admin);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return UUID.fromString(created.text("id"));
	}

	Response checkout(Member member, UUID planId) {
		return this.api.post("/api/me/subscription/checkout", Map.of("planId", planId.toString()), member.token());
	}

	Response pay(Member member, String sessionId, String card) {
		return this.api.post("/api/billing/sandbox/sessions/" + sessionId + "/pay",
				Map.of("cardNumber", card, "expMonth", 12, "expYear", 2034, "cvc", "123"), null);
	}

	/**
	 * Checks out and pays with the card; the subscription is running when this returns.
	 */
	Response subscribe(Member member, UUID planId, String card) {
		Response checkout = checkout(member, planId);
		assertThat(checkout.status()).as(checkout.body().toString()).isEqualTo(201);
		return pay(member, checkout.text("sessionId"), card);
	}

	Response subscription(Member member) {
		return this.api.get("/api/me/subscription", member.token());
	}

	/**
	 * Posts the event to the webhook endpoint as Stripe does (no sign-in), signed now
	 * with the endpoint secret.
	 */
	Response deliver(String payload) {
		return deliver(payload, WebhookSignature.sign(payload, this.secret, this.clock.instant().getEpochSecond()));
	}

	Response deliver(String payload, String signature) {
		return this.api.raw(this.api.builder("/api/billing/webhooks/stripe", null)
			.header("Content-Type", "application/json")
			.header("Stripe-Signature", signature)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(payload)));
	}

	static String event(String id, String type, long created, Map<String, Object> object) {
		return JSON.writeValueAsString(Map.of("id", id, "object", "event", "api_version", "2024-06-20", "created",
				created, "type", type, "livemode", false, "data", Map.of("object", object)));
	}

}
