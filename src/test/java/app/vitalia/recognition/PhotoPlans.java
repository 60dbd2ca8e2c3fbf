package app.vitalia.recognition;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.support.Api;
import app.vitalia.support.Api.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** Members with and without the plan features recognition needs, made through the API. */
final class PhotoPlans {

	/** Per instance: each test application signs tokens with its own key. */
	private String admin;

	private final Api api;

	PhotoPlans(Api api) {
		this.api = api;
	}

	synchronized String admin() {
		if (admin == null) {
			admin = this.api.admin();
		}
		return admin;
	}

	/** A new member subscribed (sandbox card) to a plan with these features. */
	String memberWith(String... features) {
		Response plan = this.api.post("/api/admin/plans",
				Map.of("code", "plan-" + UUID.randomUUID().toString().substring(0, 8), "name", "Photos", "description",
						"A plan for the tests", "price", Map.of("amount", "9.99", "currency", "EUR"), "period", "P1M",
						"trialDays", 0, "features", List.of(features)),
				admin());
		assertThat(plan.status()).as(plan.body().toString()).isEqualTo(201);
		String token = this.api.newMember();
		Response checkout = this.api.post("/api/me/subscription/checkout", Map.of("planId", plan.text("id")), token);
		assertThat(checkout.status()).as(checkout.body().toString()).isEqualTo(201);
		Response paid = this.api.post("/api/billing/sandbox/sessions/" + checkout.text("sessionId") + "/pay",
				Map.of("cardNumber", "4242 4242 4242 4242", "expMonth", 12, "expYear", 2034, "cvc", "123"), null);
		assertThat(paid.status()).as(paid.body().toString()).isLessThan(300);
		return token;
	}

}
