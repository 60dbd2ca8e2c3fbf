package app.vitalia.billing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin lists read a page in a constant number of statements, whatever its size, with
 * a real total and the same status the member sees.
 */
class AdminListTests extends BillingHttpTest {

	@Test
	void aPageOfMembersCostsTheSameFewStatementsWhateverItsSize() {
		UUID planId = this.billing.plan("6.00");
		String tag = "lister" + UUID.randomUUID().toString().substring(0, 6);
		List<BillingFixtures.Member> members = membersNamed(tag, 12);
		for (int i = 0; i < 6; i++) {
			this.billing.subscribe(members.get(i), planId, BillingFixtures.GOOD_CARD);
		}
		String admin = this.billing.admin();
		// warms the request path with a page of another filter: each page measured below
		// reads its rows and its filter's total
		this.api.get("/api/admin/members?size=4&page=1&q=" + tag + "-none", admin);

		// "{tag} 1" finds "{tag} 1", "{tag} 10" and "{tag} 11": page 1 of 5 is past them
		List<String> small = this.statements
			.during(() -> assertThat(this.api.get("/api/admin/members?size=5&page=1&q=" + tag + "%201", admin)
				.body()
				.path("totalElements")
				.asLong()).isEqualTo(3));
		List<String> large = this.statements.during(() -> assertThat(
				this.api.get("/api/admin/members?size=11&page=0&q=" + tag, admin).body().path("content"))
			.hasSize(11));
		assertThat(small).hasSizeLessThanOrEqualTo(3).hasSize(large.size());

		Response page = this.api.get("/api/admin/members?size=5&page=0&sort=name,desc&q=" + tag, admin);
		assertThat(page.body().path("totalElements").asLong()).isEqualTo(12);
		assertThat(page.body().path("content")).hasSize(5);
		assertThat(page.body().path("content").path(0).path("displayName").asString()).isEqualTo(tag + " 9");
		Response active = this.api.get("/api/admin/members?status=ACTIVE&planId=" + planId + "&q=" + tag, admin);
		assertThat(active.body().path("totalElements").asLong()).isEqualTo(6);
		for (JsonNode row : active.body().path("content")) {
			assertThat(row.path("status").asString()).isEqualTo("ACTIVE");
			assertThat(row.path("planId").asString()).isEqualTo(planId.toString());
			assertThat(row.path("currentPeriodEnd").isString()).isTrue();
		}
		Response none = this.api.get("/api/admin/members?status=NONE&q=" + tag, admin);
		assertThat(none.body().path("totalElements").asLong()).isEqualTo(6);
		assertThat(this.api.get("/api/admin/members?sort=password", admin).status()).isEqualTo(400);
		assertThat(this.api.get("/api/admin/members?status=HAPPY", admin).status()).isEqualTo(400);
		assertThat(this.api.get("/api/admin/members?size=500", admin).status()).isEqualTo(400);
	}

	@Test
	void aPageIsReadOnceUntilBillingChangesOrItsAgeRunsOut() {
		UUID planId = this.billing.plan("7.00");
		String tag = "kept" + UUID.randomUUID().toString().substring(0, 6);
		List<BillingFixtures.Member> members = membersNamed(tag, 2);
		String admin = this.billing.admin();
		String active = "/api/admin/members?status=ACTIVE&q=" + tag;
		assertThat(this.api.get(active, admin).body().path("totalElements").asLong()).isZero();
		assertServedFromMemory(active, admin);

		// a change this process commits shows at once
		this.billing.subscribe(members.get(0), planId, BillingFixtures.GOOD_CARD);
		Response afterSubscribing = this.api.get(active, admin);
		assertThat(afterSubscribing.body().path("totalElements").asLong()).isEqualTo(1);
		assertThat(afterSubscribing.body().path("content").path(0).path("id").asString())
			.isEqualTo(members.get(0).id().toString());

		// a change made elsewhere (another instance, here straight SQL) shows once the
		// age bound (an hour in these tests) has passed
		assertServedFromMemory(active, admin);
		this.jdbc.update("update billing_member set display_name = ? where id = ?", tag + " renamed",
				members.get(0).id());
		this.clock.advance(Duration.ofHours(1).plusSeconds(1));
		assertThat(this.api.get(active, admin).body().path("content").path(0).path("displayName").asString())
			.isEqualTo(tag + " renamed");
	}

	@Test
	void aDeepPageHoldsTheRowsAfterTheOnesBeforeIt() {
		String tag = "deep" + UUID.randomUUID().toString().substring(0, 6);
		membersNamed(tag, 7);
		String admin = this.billing.admin();
		List<String> names = new ArrayList<>();
		for (int page = 0; page < 4; page++) {
			Response response = this.api.get("/api/admin/members?size=2&sort=name,desc&page=" + page + "&q=" + tag,
					admin);
			assertThat(response.body().path("totalElements").asLong()).isEqualTo(7);
			response.body().path("content").forEach(row -> names.add(row.path("displayName").asString()));
		}
		assertThat(names).containsExactly(tag + " 6", tag + " 5", tag + " 4", tag + " 3", tag + " 2", tag + " 1",
				tag + " 0");
	}

	@Test
	void theStatusInSqlAgreesWithTheStatusInJava() {
		UUID planId = this.billing.plan("3.00");
		BillingFixtures.Member member = this.billing.member();
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);
		String admin = this.billing.admin();
		for (String action : List.of("", "cancel", "resume")) {
			if (!action.isEmpty()) {
				this.api.post("/api/me/subscription/" + action, Map.of(), member.token());
			}
			String mine = this.billing.subscription(member).text("status");
			Response listed = this.api.get("/api/admin/subscriptions?status=" + mine + "&planId=" + planId, admin);
			assertThat(listed.body().path("content").toString()).contains(member.id().toString());
		}
	}

	@Test
	void paymentsListWithTotalsPerCurrencyBetweenDates() {
		UUID planId = this.billing.plan("15.00", "USD", "P1M", 0);
		BillingFixtures.Member member = this.billing.member();
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);
		String paymentId = this.api.get("/api/me/payments", member.token()).body().path(0).path("id").asString();
		this.api.post("/api/admin/payments/" + paymentId + "/refund", Map.of("amount", "5.00"), this.billing.admin());
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Response payments = this.api.get(
				"/api/admin/payments?from=" + today + "&to=" + today.plusDays(1) + "&status=SUCCEEDED&size=100",
				this.billing.admin());
		assertThat(payments.status()).isEqualTo(200);
		assertThat(payments.body().path("content").toString()).contains(paymentId);
		JsonNode usd = null;
		for (JsonNode total : payments.body().path("totals")) {
			if (total.path("currency").asString().equals("USD")) {
				usd = total;
			}
		}
		assertThat(usd).isNotNull();
		assertThat(Double.valueOf(usd.path("collected").asString())).isGreaterThanOrEqualTo(15.0);
		assertThat(usd.path("refunded").asLong()).isGreaterThanOrEqualTo(1);
		String email = this.api.get("/api/me", member.token()).text("email");
		Response found = this.api.get("/api/admin/payments?q=" + email.toUpperCase(Locale.ROOT), this.billing.admin());
		assertThat(found.body().path("content")).singleElement()
			.satisfies((payment) -> assertThat(payment.path("id").asString()).isEqualTo(paymentId));
		assertThat(found.body().path("totals")).singleElement()
			.satisfies((total) -> assertThat(total.path("collected").asString()).isEqualTo("15.00"));
		assertThat(this.api.get("/api/admin/payments?q=nobody-at-all-" + UUID.randomUUID(), this.billing.admin())
			.body()
			.path("content")).isEmpty();
		assertThat(this.api.get("/api/admin/payments?from=yesterday", this.billing.admin()).status()).isEqualTo(400);
		assertThat(this.api.get("/api/admin/payments?status=LOST", this.billing.admin()).status()).isEqualTo(400);
	}

	/** New members named "{tag} 0", "{tag} 1"…, once billing lists them all. */
	private List<BillingFixtures.Member> membersNamed(String tag, int count) {
		List<BillingFixtures.Member> members = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String token = this.api.newMember();
			this.api.patch("/api/me", Map.of("displayName", tag + " " + i), token);
			members.add(new BillingFixtures.Member(UUID.fromString(this.api.get("/api/me", token).text("id")), token));
		}
		awaitListed(tag, count);
		return members;
	}

	/**
	 * Asserts that a page read again costs no statement; other tests' events may still be
	 * changing billing in the background, so a few tries are allowed.
	 */
	private void assertServedFromMemory(String url, String admin) {
		for (int attempt = 0; attempt < 5; attempt++) {
			this.api.get(url, admin);
			if (this.statements.during(() -> this.api.get(url, admin)).isEmpty()) {
				return;
			}
		}
		throw new AssertionError(url + " was read from the database every time");
	}

	void awaitListed(String tag, int count) {
		for (int i = 0; i < 100; i++) {
			if (this.api.get("/api/admin/members?size=50&q=" + tag, this.billing.admin())
				.body()
				.path("totalElements")
				.asLong() == count) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new AssertionError("members " + tag + " were not listed");
	}

}
