package app.vitalia.billing;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import app.vitalia.billing.catalog.Plan.PlanPrice;
import app.vitalia.billing.catalog.Plans;
import app.vitalia.billing.gateway.PaymentGateway.ChargeResult;
import app.vitalia.billing.gateway.PaymentGateway;
import app.vitalia.billing.ledger.Ledger;
import app.vitalia.billing.ledger.Payment;
import app.vitalia.members.MemberId;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renewal and dunning for subscriptions the application bills itself (the sandbox's;
 * Stripe renews its own and reports by webhook). A recurring JobRunr job finds what is
 * due and fans out one job per subscription; each charges at most once per period and
 * attempt, because it first inserts the (subscription, period, attempt) row under a
 * unique key, with the subscription row locked. A failed renewal is retried after each
 * step of {@code vitalia.billing.retry-backoff} (1, 3 and 5 days) and the subscription
 * expires after the last. It also publishes {@link SubscriptionRenewing} once per period,
 * {@code vitalia.billing.renewing-lead} before the period ends, and ends cancelled
 * subscriptions whose period is over. {@code vitalia_subscriptions_renewals_overdue}
 * counts, once a minute, the subscriptions whose charge has been due for more than one
 * renewal interval: more than zero for long means renewals are not running.
 * <p>
 * Public only because JobRunr invokes {@link #fanOut()} and {@link #renew(UUID)} by
 * reflection.
 */
@Component
public class Renewals {

	private static final Logger log = LoggerFactory.getLogger(Renewals.class);

	static final int BATCH = 5000;

	private final SubscriptionStore store;

	private final Plans plans;

	private final Ledger ledger;

	private final PaymentGateway gateway;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final JobScheduler jobs;

	private final BillingProperties properties;

	private final TransactionTemplate eachOnItsOwn;

	private final Clock clock;

	private final AtomicLong overdue = new AtomicLong();

	Renewals(SubscriptionStore store, Plans plans, Ledger ledger, PaymentGateway gateway,
			ApplicationEventPublisher events, JdbcTemplate jdbc, JobScheduler jobs, BillingProperties properties,
			PlatformTransactionManager transactions, Clock clock, MeterRegistry registry) {
		this.store = store;
		this.plans = plans;
		this.ledger = ledger;
		this.gateway = gateway;
		this.events = events;
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.properties = properties;
		this.eachOnItsOwn = new TransactionTemplate(transactions);
		this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		Gauge.builder("vitalia.subscriptions.renewals.overdue", this.overdue, AtomicLong::get)
			.description("Subscriptions whose charge has been due for more than one renewal interval")
			.register(registry);
	}

	/** Counts the overdue renewals for the gauge: one indexed count a minute. */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT20S")
	void countOverdue() {
		if (this.gateway.renewsItself()) {
			this.overdue.set(0);
			return;
		}
		Timestamp late = Timestamp.from(this.clock.instant().minus(this.properties.renewalInterval()));
		Long count = this.jdbc.queryForObject("select count(*) from billing_subscription where gateway = ? and "
				+ "ended_at is null and ((failed_attempts = 0 and current_period_end <= ?) or "
				+ "(failed_attempts > 0 and next_retry_at <= ?))", Long.class, this.gateway.name(), late, late);
		this.overdue.set(count != null ? count : 0);
	}

	/**
	 * Publishes due renewal notices and enqueues one renewal job per due subscription;
	 * returns how many were enqueued.
	 */
	@Recurring(id = "billing-renewals", interval = "${vitalia.billing.renewal-interval:PT15M}")
	@Job(name = "Find due subscription renewals")
	public int fanOut() {
		noticeDue();
		List<UUID> due = due();
		for (UUID id : due) {
			UUID jobId = UUID
				.nameUUIDFromBytes(("billing-renewal:" + id + ":" + this.clock.instant().getEpochSecond() / 3600)
					.getBytes(StandardCharsets.UTF_8));
			try {
				this.jobs.enqueue(jobId, () -> renew(id));
			}
			catch (RuntimeException alreadyEnqueued) {
				log.debug("Renewal job {} for {} exists already: {}", jobId, id, alreadyEnqueued.getMessage());
			}
		}
		return due.size();
	}

	/**
	 * Subscriptions of the application-billed gateway with a charge or an end due now.
	 */
	List<UUID> due() {
		if (this.gateway.renewsItself()) {
			return List.of();
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		return this.jdbc.queryForList("select id from billing_subscription where gateway = ? and ended_at is null and "
				+ "((failed_attempts = 0 and current_period_end <= ?) or (failed_attempts > 0 and next_retry_at <= ?)) "
				+ "order by current_period_end limit " + BATCH, UUID.class, this.gateway.name(), now, now);
	}

	/**
	 * Charges (or ends) one subscription if it is due; a second run for the same period
	 * and attempt, concurrent or later, changes nothing.
	 */
	@Job(name = "Renew subscription %0", retries = 3)
	public void renew(UUID subscriptionId) {
		this.eachOnItsOwn.executeWithoutResult(status -> renewOne(subscriptionId));
	}

	private void renewOne(UUID subscriptionId) {
		Subscription s = this.store.find(subscriptionId, true).orElse(null);
		Instant now = this.clock.instant();
		if (s == null) {
			return;
		}
		if (s.endDue(now)) {
			s.end(s.currentPeriodEnd);
			this.store.save(s);
			this.events.publishEvent(new SubscriptionExpired(SubscriptionId.of(s.id), MemberId.of(s.memberId),
					s.currentPeriodEnd, "cancelled; the paid period is over"));
			return;
		}
		if (!s.renewalDue(now) || this.gateway.renewsItself() || !s.gateway.equals(this.gateway.name())) {
			return;
		}
		int period = s.periodIndex + 1;
		int attempt = s.failedAttempts;
		if (this.jdbc.update(
				"insert into billing_renewal (subscription_id, period_index, attempt, created_at) "
						+ "values (?, ?, ?, ?) on conflict do nothing",
				s.id, period, attempt, Timestamp.from(now)) == 0) {
			return;
		}
		UUID priceId = s.nextPriceId();
		PlanPrice price = this.plans.prices(List.of(priceId)).get(priceId);
		ChargeResult result = this.gateway.charge(new PaymentGateway.ChargeRequest(String.valueOf(s.externalCustomerId),
				price.money(), "Renewal", "renewal:" + s.id + ":" + period + ":" + attempt));
		Payment.Charge charge = new Payment.Charge(s.id, s.memberId, price.planId(), price.money(), "RENEWAL", period,
				result.externalId(), now);
		if (result.succeeded()) {
			s.renewed(this.plans.period(price.planId()).orElseThrow(), priceId, price.planId());
			this.store.save(s);
			Payment payment = this.ledger.succeeded(charge).orElseThrow();
			this.events.publishEvent(new PaymentSucceeded(PaymentId.of(payment.id()), MemberId.of(s.memberId),
					SubscriptionId.of(s.id), price.money().amount(), price.money().currencyCode(), "RENEWAL", now));
			return;
		}
		String reason = String.valueOf(result.failureReason());
		Payment payment = this.ledger.failed(charge, reason).orElseThrow();
		Instant nextRetry = s.renewalFailed(now, this.properties.retryBackoff());
		this.store.save(s);
		this.events.publishEvent(
				new PaymentFailed(PaymentId.of(payment.id()), MemberId.of(s.memberId), SubscriptionId.of(s.id),
						price.money().amount(), price.money().currencyCode(), s.failedAttempts, nextRetry, reason));
		if (nextRetry == null) {
			this.events.publishEvent(new SubscriptionExpired(SubscriptionId.of(s.id), MemberId.of(s.memberId), now,
					"renewal payment failed " + s.failedAttempts + " times"));
		}
	}

	/**
	 * Publishes {@link SubscriptionRenewing} once per period for renewals within the
	 * lead.
	 */
	int noticeDue() {
		Instant now = this.clock.instant();
		List<UUID> due = this.jdbc.queryForList(
				"select id from billing_subscription where ended_at is null and not cancel_at_period_end "
						+ "and failed_attempts = 0 and current_period_end > ? and current_period_end <= ? "
						+ "and (renewing_notice_index is null or renewing_notice_index < period_index) limit " + BATCH,
				UUID.class, Timestamp.from(now), Timestamp.from(now.plus(this.properties.renewingLead())));
		int published = 0;
		for (UUID id : due) {
			Boolean sent = this.eachOnItsOwn.execute(status -> {
				Subscription s = this.store.find(id, true).orElse(null);
				if (s == null || (s.renewingNoticeIndex != null && s.renewingNoticeIndex >= s.periodIndex)) {
					return false;
				}
				s.renewingNoticeIndex = s.periodIndex;
				this.store.save(s);
				PlanPrice price = this.plans.prices(List.of(s.nextPriceId())).get(s.nextPriceId());
				this.events.publishEvent(new SubscriptionRenewing(SubscriptionId.of(s.id), MemberId.of(s.memberId),
						s.currentPeriodEnd, price.money().amount(), price.money().currencyCode()));
				return true;
			});
			if (Boolean.TRUE.equals(sent)) {
				published++;
			}
		}
		return published;
	}

}
