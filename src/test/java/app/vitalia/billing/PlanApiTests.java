package app.vitalia.billing;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PlanApiTests extends BillingHttpTest {

	Map<String, Object> plan(String code) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("name", "Premium");
		body.put("description", "Everything");
		body.put("price", Map.of("amount", "9.99", "currency", "EUR"));
		body.put("period", "P1M");
		body.put("trialDays", 7);
		body.put("features", List.of("PHOTO_ANALYSIS", "AI_SUMMARY"));
		return body;
	}

	@Test
	void anAdminCreatesAPlanWithExactMoneyAndMembersSeeIt() {
		String code = "premium-" + UUID.randomUUID().toString().substring(0, 6);
		Response created = this.api.post("/api/admin/plans", plan(code), this.billing.admin());
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/admin/plans/" + created.text("id"));
		assertThat(created.body().path("price").path("amount").isString()).isTrue();
		assertThat(created.body().path("price").path("amount").asString()).isEqualTo("9.99");
		assertThat(created.body().path("price").path("currency").asString()).isEqualTo("EUR");
		assertThat(created.text("period")).isEqualTo("P1M");
		assertThat(created.body().path("versions")).hasSize(1);

		Response offered = this.api.get("/api/plans", null);
		assertThat(offered.status()).isEqualTo(200);
		assertThat(offered.body().toString()).contains(code).doesNotContain("versions");
	}

	@Test
	void membersReadingEnglishSeeThePlansEnglishTextAndEveryoneElseItsOwn() {
		String code = "bilingual-" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, Object> body = plan(code);
		body.put("name", "Completo " + code);
		body.put("description", "Todo incluido");
		body.put("nameEn", "  Complete " + code + " ");
		body.put("descriptionEn", "Everything included");
		Response created = this.api.post("/api/admin/plans", body, this.billing.admin());
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("nameEn")).isEqualTo("Complete " + code);
		UUID planId = UUID.fromString(created.text("id"));

		JsonNode english = offered(code, "en");
		assertThat(english.path("name").asString()).isEqualTo("Complete " + code);
		assertThat(english.path("description").asString()).isEqualTo("Everything included");
		JsonNode spanish = offered(code, "es-ES,es;q=0.9");
		assertThat(spanish.path("name").asString()).isEqualTo("Completo " + code);
		assertThat(spanish.path("description").asString()).isEqualTo("Todo incluido");
		// the product speaks Spanish and English: the first of them asked for, Spanish
		// when neither
		assertThat(offered(code, "fr-FR, en;q=0.8").path("name").asString()).isEqualTo("Complete " + code);
		assertThat(offered(code, "de").path("name").asString()).isEqualTo("Completo " + code);
		assertThat(offered(code, null).path("name").asString()).isEqualTo("Completo " + code);

		BillingFixtures.Member member = this.billing.member();
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);
		assertThat(subscription(member, "en").body().path("plan").path("name").asString())
			.isEqualTo("Complete " + code);
		assertThat(subscription(member, "es").body().path("plan").path("name").asString())
			.isEqualTo("Completo " + code);

		// the checkout names the plan in the account's language, also after it changed
		BillingFixtures.Member switched = this.billing.member();
		assertThat(this.api.patch("/api/me", Map.of("locale", "en"), switched.token()).status()).isEqualTo(200);
		// billing learns the new language from identity's event, after its commit
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("select locale from billing_member where id = ?", String.class,
					switched.id()), "en"::equals);
		Response checkout = this.billing.checkout(switched, planId);
		assertThat(checkout.status()).isEqualTo(201);
		assertThat(this.jdbc.queryForObject("select plan_name from billing_sandbox_session where id = ?", String.class,
				checkout.text("sessionId")))
			.isEqualTo("Complete " + code);

		// an empty English name removes it: English readers get the plan's own again
		Response cleared = this.api.patch("/api/admin/plans/" + planId, Map.of("nameEn", ""), this.billing.admin());
		assertThat(cleared.status()).isEqualTo(200);
		assertThat(cleared.body().path("plan").path("nameEn").isNull()).isTrue();
		assertThat(cleared.body().path("plan").path("descriptionEn").asString()).isEqualTo("Everything included");
		assertThat(offered(code, "en").path("name").asString()).isEqualTo("Completo " + code);

		Response tooLong = this.api.patch("/api/admin/plans/" + planId, Map.of("nameEn", "x".repeat(121)),
				this.billing.admin());
		assertField(tooLong, 400, "nameEn");
		Response twoLines = this.api.patch("/api/admin/plans/" + planId, Map.of("nameEn", "Two\nlines"),
				this.billing.admin());
		assertField(twoLines, 400, "nameEn");
		assertThat(offered(code, "en").path("name").asString()).isEqualTo("Completo " + code);
	}

	private JsonNode offered(String code, String acceptLanguage) {
		HttpRequest.Builder request = this.api.builder("/api/plans", null);
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		Response offered = this.api.raw(request);
		assertThat(offered.status()).isEqualTo(200);
		for (JsonNode plan : offered.body()) {
			if (plan.path("code").asString().equals(code)) {
				return plan;
			}
		}
		throw new AssertionError(code + " is not offered: " + offered.body());
	}

	private Response subscription(BillingFixtures.Member member, String acceptLanguage) {
		return this.api
			.raw(this.api.builder("/api/me/subscription", member.token()).header("Accept-Language", acceptLanguage));
	}

	@Test
	void badPlansAreRefusedNamingTheFieldAndNothingIsWritten() {
		int before = plans();
		Map<String, Object> zero = plan("zero-price");
		zero.put("price", Map.of("amount", "0.00", "currency", "EUR"));
		assertField(this.api.post("/api/admin/plans", zero, this.billing.admin()), 400, "price.amount");
		Map<String, Object> negative = plan("negative-price");
		negative.put("price", Map.of("amount", "-5", "currency", "EUR"));
		assertField(this.api.post("/api/admin/plans", negative, this.billing.admin()), 400, "price.amount");
		Map<String, Object> currency = plan("bad-currency");
		currency.put("price", Map.of("amount", "5.00", "currency", "EUX"));
		assertField(this.api.post("/api/admin/plans", currency, this.billing.admin()), 400, "price.currency");
		Map<String, Object> cents = plan("too-many-cents");
		cents.put("price", Map.of("amount", "5.001", "currency", "EUR"));
		assertField(this.api.post("/api/admin/plans", cents, this.billing.admin()), 400, "price.amount");
		Map<String, Object> period = plan("bad-period");
		period.put("period", "monthly");
		assertField(this.api.post("/api/admin/plans", period, this.billing.admin()), 400, "period");
		Map<String, Object> mixed = plan("mixed-period");
		mixed.put("period", "P1M2D");
		assertField(this.api.post("/api/admin/plans", mixed, this.billing.admin()), 400, "period");
		assertThat(plans()).isEqualTo(before);

		String code = "dup-" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(this.api.post("/api/admin/plans", plan(code), this.billing.admin()).status()).isEqualTo(201);
		Response duplicate = this.api.post("/api/admin/plans", plan(code), this.billing.admin());
		assertField(duplicate, 409, "code");
		assertThat(duplicate.text("code")).isEqualTo("PLAN_CODE_TAKEN");
		assertThat(plans()).isEqualTo(before + 1);
	}

	@Test
	void membersCannotManagePlans() {
		assertThat(this.api.post("/api/admin/plans", plan("member-made"), this.api.newMember()).status())
			.isEqualTo(403);
	}

	@Test
	void aPriceChangeIsANewVersionAndSubscribersKeepTheirsUnlessMovedWithNotice() {
		UUID planId = this.billing.plan("10.00", "AI_SUMMARY");
		BillingFixtures.Member kept = this.billing.member();
		this.billing.subscribe(kept, planId, BillingFixtures.GOOD_CARD);

		Response raised = this.api.patch("/api/admin/plans/" + planId,
				Map.of("price", Map.of("amount", "12.00", "currency", "EUR"), "name", "Plan raised"),
				this.billing.admin());
		assertThat(raised.status()).isEqualTo(200);
		assertThat(raised.body().path("plan").path("price").path("amount").asString()).isEqualTo("12.00");
		assertThat(raised.body().path("plan").path("versions")).hasSize(2);
		assertThat(raised.body().path("movedSubscribers").asInt()).isZero();
		Response keptSubscription = this.billing.subscription(kept);
		assertThat(keptSubscription.body().path("price").path("amount").asString()).isEqualTo("10.00");
		assertThat(keptSubscription.body().path("pendingChange").isNull()).isTrue();

		Response moved = this.api.patch("/api/admin/plans/" + planId,
				Map.of("price", Map.of("amount", "13.50", "currency", "EUR"), "moveSubscribers", true),
				this.billing.admin());
		assertThat(moved.body().path("movedSubscribers").asInt()).isEqualTo(1);
		Response movedSubscription = this.billing.subscription(kept);
		assertThat(movedSubscription.body().path("price").path("amount").asString()).isEqualTo("10.00");
		assertThat(movedSubscription.body().path("pendingChange").path("amount").asString()).isEqualTo("13.50");
		String email = this.api.get("/api/me", kept.token()).text("email");
		assertThat(this.jdbc.queryForObject("select count(*) from platform_mail_outbox where recipient = ? "
				+ "and (subject like '%price%' or subject like '%precio%')", Integer.class, email))
			.isEqualTo(1);
	}

	@Test
	void samePriceChangesNoVersionAndAnArchivedPlanIsNoLongerOffered() {
		UUID planId = this.billing.plan("7.00");
		Response same = this.api.patch("/api/admin/plans/" + planId,
				Map.of("price", Map.of("amount", "7", "currency", "EUR"), "archived", true), this.billing.admin());
		assertThat(same.body().path("plan").path("versions")).hasSize(1);
		assertThat(same.body().path("plan").path("archived").asBoolean()).isTrue();
		assertThat(this.api.get("/api/plans", this.api.newMember()).body().toString())
			.doesNotContain(planId.toString());
		Response code = this.api.patch("/api/admin/plans/" + planId, Map.of("code", "other-code"),
				this.billing.admin());
		assertField(code, 400, "code");
		assertThat(this.api.patch("/api/admin/plans/" + UUID.randomUUID(), Map.of("name", "x"), this.billing.admin())
			.status()).isEqualTo(404);
	}

	int plans() {
		return this.jdbc.queryForObject("select count(*) from billing_plan", Integer.class);
	}

	static void assertField(Response response, int status, String field) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().path("errors").toString()).contains("\"field\":\"" + field + "\"");
	}

}
