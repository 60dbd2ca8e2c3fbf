package app.vitalia.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import app.vitalia.support.Api.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A paying member deleting their account: refused while the subscription would renew;
 * once cancelled, the account goes and the payment stays for the accounts, with nothing
 * naming the person in the admin's lists.
 */
class BillingErasureTests extends BillingHttpTest {

	static final String PASSWORD = "correct horse battery staple";

	@Test
	void aRenewingSubscriptionRefusesItAndAfterCancellingThePaymentStaysWithoutTheirName() {
		UUID planId = this.billing.plan("9.99", "AI_SUMMARY");
		BillingFixtures.Member member = this.billing.member();
		assertThat(this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD).status()).isEqualTo(200);
		String email = this.api.get("/api/me", member.token()).text("email");
		// numbered once the payment's event is handled
		JsonNode payment = await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.until(() -> payments(email).get(0), (found) -> !found.path("invoiceNumber").asString().isEmpty());
		assertThat(payment.path("displayName").asString()).isEqualTo("Test Member");
		assertThat(members(email)).isEqualTo(1);

		Response refused = this.api.delete("/api/me", Map.of("password", PASSWORD), member.token());

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.text("code")).isEqualTo("SUBSCRIPTION_RENEWING");
		assertThat(this.api.get("/api/me", member.token()).status()).isEqualTo(200);
		assertThat(this.billing.subscription(member).text("status")).isEqualTo("ACTIVE");

		assertThat(this.api.post("/api/me/subscription/cancel", Map.of(), member.token()).text("status"))
			.isEqualTo("CANCELLED");
		assertThat(this.api.delete("/api/me", Map.of("password", PASSWORD), member.token()).status()).isEqualTo(204);

		assertThat(
				this.jdbc.queryForObject("select count(*) from billing_member where id = ?", Long.class, member.id()))
			.isZero();
		// found by its time: the database holds other tests' payments, some dated later
		Instant at = Instant.parse(payment.path("createdAt").asString());
		Response kept = this.api.get("/api/admin/payments?size=100&from=" + at + "&to=" + at.plusSeconds(1),
				this.billing.admin());
		JsonNode row = null;
		for (JsonNode candidate : kept.body().path("content")) {
			if (candidate.path("id").asString().equals(payment.path("id").asString())) {
				row = candidate;
			}
		}
		assertThat(row).as("the payment is still listed").isNotNull();
		assertThat(row.path("memberId").asString()).isEqualTo(member.id().toString());
		assertThat(row.path("displayName").isNull()).isTrue();
		assertThat(row.path("email").isNull()).isTrue();
		assertThat(row.path("invoiceNumber").asString()).isEqualTo(payment.path("invoiceNumber").asString());
		assertThat(members(email)).isZero();
		// the subscription stays in the admin's list too, without a name
		JsonNode subscriptions = this.api.get("/api/admin/subscriptions?planId=" + planId, this.billing.admin())
			.body()
			.path("content");
		assertThat(subscriptions.size()).isEqualTo(1);
		assertThat(subscriptions.get(0).path("memberId").asString()).isEqualTo(member.id().toString());
		assertThat(subscriptions.get(0).path("displayName").isNull()).isTrue();
	}

	private long members(String email) {
		return this.api.get("/api/admin/members?q=" + email, this.billing.admin())
			.body()
			.path("totalElements")
			.asLong();
	}

	private JsonNode payments(String email) {
		return this.api.get("/api/admin/payments?q=" + email, this.billing.admin()).body().path("content");
	}

}
