package app.vitalia.billing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.vitalia.support.Api.Response;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renewal and dunning with the application's clock moved forward; JobRunr's server is
 * off, so the tests run the jobs themselves, from several threads at once.
 */
class RenewalTests extends BillingHttpTest {

	@Autowired
	Renewals renewals;

	@Autowired
	MeterRegistry registry;

	double payments(String outcome) {
		return this.registry.get("vitalia.payments").tag("outcome", outcome).counter().count();
	}

	double overdueRenewals() {
		this.renewals.countOverdue();
		return this.registry.get("vitalia.subscriptions.renewals.overdue").gauge().value();
	}

	UUID subscriptionOf(BillingFixtures.Member member) {
		return this.jdbc.queryForObject("select id from billing_subscription where member_id = ?", UUID.class,
				member.id());
	}

	void renewFromFourInstancesAtOnce(UUID subscription) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Void>> runs = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				runs.add(() -> {
					this.renewals.renew(subscription);
					return null;
				});
			}
			for (Future<Void> run : pool.invokeAll(runs)) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	long count(Class<?> type, BillingFixtures.Member member) {
		return this.published.events.stream()
			.filter(type::isInstance)
			.filter(e -> e.toString().contains(member.id().toString()))
			.count();
	}

	@Test
	void aDueRenewalIsChargedOncePerPeriodAcrossConcurrentRunsAndRestarts() throws Exception {
		UUID planId = this.billing.plan("11.00");
		BillingFixtures.Member member = this.billing.member();
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);
		UUID subscription = subscriptionOf(member);
		Instant firstEnd = Instant.parse(this.billing.subscription(member).text("currentPeriodEnd"));
		assertThat(this.renewals.due()).doesNotContain(subscription);

		this.clock.advance(Duration.between(this.clock.instant(), firstEnd).plusHours(1));
		assertThat(this.renewals.due()).contains(subscription);
		double succeeded = payments("succeeded");
		double overdue = overdueRenewals();
		assertThat(overdue).as("due an hour ago, past one renewal interval").isGreaterThanOrEqualTo(1);
		renewFromFourInstancesAtOnce(subscription);
		this.renewals.renew(subscription);
		assertThat(payments("succeeded")).as("one renewal charged, counted once").isEqualTo(succeeded + 1);
		assertThat(overdueRenewals()).isEqualTo(overdue - 1);

		Response renewed = this.billing.subscription(member);
		assertThat(renewed.text("status")).isEqualTo("ACTIVE");
		assertThat(Instant.parse(renewed.text("currentPeriodStart"))).isEqualTo(firstEnd);
		assertThat(Instant.parse(renewed.text("currentPeriodEnd")))
			.isEqualTo(firstEnd.atZone(ZoneOffset.UTC).plusMonths(1).toInstant());
		assertThat(this.api.get("/api/me/payments", member.token()).body()).hasSize(2);
		assertThat(this.api.get("/api/me/payments", member.token()).body().path(0).path("kind").asString())
			.isEqualTo("RENEWAL");
		assertThat(this.published.of(PaymentSucceeded.class)
			.stream()
			.filter(e -> e.memberId().id().equals(member.id()) && e.kind().equals("RENEWAL"))
			.count()).isEqualTo(1);
		assertThat(this.renewals.due()).doesNotContain(subscription);
	}

	@Test
	void aFailingCardIsRetriedAfterOneThreeAndFiveDaysWithAnEmailEachTimeThenExpires() throws Exception {
		UUID planId = this.billing.plan("9.00", "AI_SUMMARY");
		BillingFixtures.Member member = this.billing.member();
		String email = this.api.get("/api/me", member.token()).text("email");
		this.billing.subscribe(member, planId, BillingFixtures.FAILS_LATER_CARD);
		UUID subscription = subscriptionOf(member);
		assertThat(this.billing.subscription(member).text("status")).isEqualTo("ACTIVE");
		Instant end = Instant.parse(this.billing.subscription(member).text("currentPeriodEnd"));

		this.clock.advance(Duration.between(this.clock.instant(), end).plusMinutes(5));
		double failed = payments("failed");
		renewFromFourInstancesAtOnce(subscription);
		Response pastDue = this.billing.subscription(member);
		assertThat(pastDue.text("status")).isEqualTo("PAST_DUE");
		assertThat(Duration.between(this.clock.instant(), Instant.parse(pastDue.text("nextRetryAt"))))
			.isBetween(Duration.ofHours(23), Duration.ofDays(1));
		assertThat(this.api.get("/api/me/entitlements", member.token()).body().path("features").toString())
			.contains("AI_SUMMARY");
		awaitMails(email, 1);

		this.renewals.renew(subscription);
		assertThat(failedPayments(member)).isEqualTo(1);
		for (int days : new int[] { 1, 3 }) {
			this.clock.advance(Duration.ofDays(days).plusMinutes(1));
			renewFromFourInstancesAtOnce(subscription);
			assertThat(this.billing.subscription(member).text("status")).isEqualTo("PAST_DUE");
		}
		assertThat(failedPayments(member)).isEqualTo(3);
		this.clock.advance(Duration.ofDays(5).plusMinutes(1));
		renewFromFourInstancesAtOnce(subscription);

		assertThat(this.billing.subscription(member).text("status")).isEqualTo("EXPIRED");
		assertThat(failedPayments(member)).isEqualTo(4);
		assertThat(count(PaymentFailed.class, member)).isEqualTo(4);
		assertThat(payments("failed")).isEqualTo(failed + 4);
		assertThat(count(SubscriptionExpired.class, member)).isEqualTo(1);
		assertThat(this.api.get("/api/me/entitlements", member.token()).body().path("features")).isEmpty();
		awaitMails(email, 4);
		assertThat(this.renewals.due()).doesNotContain(subscription);

		// the member may start again
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);
		assertThat(this.billing.subscription(member).text("status")).isEqualTo("ACTIVE");
	}

	@Test
	void renewingIsAnnouncedOncePerPeriodBeforeItEnds() {
		UUID planId = this.billing.plan("5.00");
		BillingFixtures.Member member = this.billing.member();
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);
		Instant end = Instant.parse(this.billing.subscription(member).text("currentPeriodEnd"));
		this.renewals.noticeDue();
		assertThat(count(SubscriptionRenewing.class, member)).isZero();

		this.clock.advance(Duration.between(this.clock.instant(), end).minusDays(2));
		this.renewals.noticeDue();
		this.renewals.noticeDue();
		assertThat(count(SubscriptionRenewing.class, member)).isEqualTo(1);
		SubscriptionRenewing renewing = this.published.of(SubscriptionRenewing.class)
			.stream()
			.filter(e -> e.memberId().id().equals(member.id()))
			.findFirst()
			.orElseThrow();
		assertThat(renewing.renewsAt()).isEqualTo(end);
		assertThat(renewing.amount()).isEqualByComparingTo("5.00");
	}

	@Test
	void aDowngradeAppliesAtTheRenewalAndACancelledSubscriptionEndsInstead() {
		UUID basic = this.billing.plan("4.00");
		UUID premium = this.billing.plan("8.00");
		BillingFixtures.Member downgrading = this.billing.member();
		BillingFixtures.Member leaving = this.billing.member();
		this.billing.subscribe(downgrading, premium, BillingFixtures.GOOD_CARD);
		this.billing.subscribe(leaving, premium, BillingFixtures.GOOD_CARD);
		this.api.post("/api/me/subscription/change", Map.of("planId", basic.toString()), downgrading.token());
		this.api.post("/api/me/subscription/cancel", Map.of(), leaving.token());
		Instant end = Instant.parse(this.billing.subscription(leaving).text("currentPeriodEnd"));

		this.clock.advance(Duration.between(this.clock.instant(), end).plusHours(2));
		this.renewals.renew(subscriptionOf(downgrading));
		this.renewals.renew(subscriptionOf(leaving));

		Response downgraded = this.billing.subscription(downgrading);
		assertThat(downgraded.body().path("plan").path("id").asString()).isEqualTo(basic.toString());
		assertThat(downgraded.body().path("price").path("amount").asString()).isEqualTo("4.00");
		assertThat(downgraded.body().path("pendingChange").isNull()).isTrue();
		assertThat(this.api.get("/api/me/payments", downgrading.token()).body().path(0).path("amount").asString())
			.isEqualTo("4.00");
		assertThat(this.billing.subscription(leaving).text("status")).isEqualTo("EXPIRED");
		assertThat(this.api.get("/api/me/payments", leaving.token()).body()).hasSize(1);
		assertThat(count(SubscriptionExpired.class, leaving)).isEqualTo(1);
		assertThat(count(SubscriptionCancelled.class, leaving)).isEqualTo(1);
	}

	int failedPayments(BillingFixtures.Member member) {
		return this.jdbc.queryForObject(
				"select count(*) from billing_payment where member_id = ? and status = 'FAILED'", Integer.class,
				member.id());
	}

	void awaitMails(String email, int count) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			Integer sent = this.jdbc.queryForObject(
					"select count(*) from platform_mail_outbox where recipient = ? and (subject like '%cobrar%' "
							+ "or subject like '%terminado%' or subject like '%charge%' or subject like '%ended%')",
					Integer.class, email);
			if (sent != null && sent >= count) {
				assertThat(sent).isEqualTo(count);
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("expected " + count + " billing emails to " + email);
	}

}
