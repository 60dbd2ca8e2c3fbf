package app.vitalia.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.members.MemberId;
import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan check reads a member's granted features from a cache, and a member who loses
 * the plan is refused on the very next request: whether a write took it (a plan edited by
 * an admin) or time alone (a cancelled period running out).
 */
class EntitlementsTests extends BillingHttpTest {

	@Autowired
	Entitlements entitlements;

	@Test
	void aGrantedFeatureIsCheckedWithoutReadingBillingAgain() {
		UUID planId = this.billing.plan("9.99", "PHOTO_ANALYSIS");
		BillingFixtures.Member member = this.billing.member();
		assertThat(this.entitlements.has(MemberId.of(member.id()), "PHOTO_ANALYSIS")).isFalse();
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);

		// refused before the subscription: nothing negative was kept
		assertThat(this.entitlements.has(MemberId.of(member.id()), "PHOTO_ANALYSIS")).isTrue();
		List<String> statements = this.statements
			.during(() -> assertThat(this.entitlements.has(MemberId.of(member.id()), "PHOTO_ANALYSIS")).isTrue());

		assertThat(statements).isEmpty();
	}

	@Test
	void aPlanWhoseFeatureAnAdminRemovedIsRefusedOnTheNextRequest() {
		UUID planId = this.billing.plan("9.99", "PHOTO_ANALYSIS", "AI_SUMMARY");
		BillingFixtures.Member member = this.billing.member();
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);
		assertThat(issue(member).status()).isEqualTo(201);

		Response edited = this.api.patch("/api/admin/plans/" + planId, Map.of("features", List.of("AI_SUMMARY")),
				this.billing.admin());
		assertThat(edited.status()).as(edited.body().toString()).isEqualTo(200);

		Response refused = issue(member);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text("code")).isEqualTo("PLAN_REQUIRED");
		assertThat(this.entitlements.features(MemberId.of(member.id()))).containsExactly("AI_SUMMARY");
	}

	@Test
	void aCancelledPeriodThatRanOutIsRefusedOnTheNextRequestWithNothingWritten() {
		UUID planId = this.billing.plan("9.99", "PHOTO_ANALYSIS");
		BillingFixtures.Member member = this.billing.member();
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);
		Response cancelled = this.api.post("/api/me/subscription/cancel", Map.of(), member.token());
		assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
		// access continues to the period end, and the grant is cached again
		assertThat(issue(member).status()).isEqualTo(201);
		assertThat(issue(member).status()).isEqualTo(201);

		Instant end = Instant.parse(cancelled.text("currentPeriodEnd"));
		this.clock.advance(Duration.between(this.clock.instant(), end).plusSeconds(1));

		Response refused = issue(member);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.text("code")).isEqualTo("PLAN_REQUIRED");
	}

	private Response issue(BillingFixtures.Member member) {
		return this.api.post("/api/meal-photos", Map.of("contentType", "image/jpeg", "sizeBytes", 1000),
				member.token());
	}

}
