package app.vitalia.billing.bulk;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.billing.admin.ListChanges;
import app.vitalia.billing.admin.MemberDirectory;
import app.vitalia.billing.catalog.Plan;
import app.vitalia.billing.catalog.PlanDraft;
import app.vitalia.billing.catalog.Plans;
import app.vitalia.identity.AccountId;
import app.vitalia.identity.AccountSummary;
import app.vitalia.identity.Accounts;
import app.vitalia.platform.MultiRowInsert;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Billing's part of the demo and load-test data: the bulk-import interface the demo seed
 * calls with the members it created. Adds the demo plans (one with an older price
 * version, one with a trial), then for about nine members in ten a subscription in one of
 * every status and a year of monthly payments, with failed attempts, dunning that ended
 * some subscriptions, and refunds. Members' names and emails come through identity's API.
 * Invoice numbers continue each year's counter without gaps.
 */
@Service
public class BillingDemoData {

	private static final Logger log = LoggerFactory.getLogger(BillingDemoData.class);

	static final int ROWS_PER_STATEMENT = 1000;

	/** What was added. */
	public record Seeded(int subscriptions, int payments) {
	}

	private final Plans plans;

	private final Accounts accounts;

	private final MemberDirectory members;

	private final JdbcTemplate jdbc;

	private final MultiRowInsert insert;

	private final Clock clock;

	private final ListChanges lists;

	BillingDemoData(Plans plans, Accounts accounts, MemberDirectory members, JdbcTemplate jdbc, MultiRowInsert insert,
			Clock clock, ListChanges lists) {
		this.lists = lists;
		this.insert = insert;
		this.plans = plans;
		this.accounts = accounts;
		this.members = members;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Seeds billing for these members (they already exist in identity). */
	public Seeded seed(List<UUID> memberIds, long seed) {
		Random random = new Random(seed * 17 + 3);
		Instant now = this.clock.instant();
		Plan basic = plan("demo-basic", "Básico", "Basic", "4.99", 0, List.of("AI_SUMMARY"));
		Plan premium = plan("demo-premium", "Premium", "Premium", "8.99", 0, List.of("AI_SUMMARY", "PHOTO_ANALYSIS"));
		if (premium.price().money().amount().compareTo(new BigDecimal("9.99")) != 0) {
			premium = this.plans
				.change(premium.id(),
						new PlanDraft(null, null, null, null, null, "9.99", "EUR", null, null, null, null))
				.plan();
		}
		// only features the product acts on: a demo plan promises nothing Vitalia does
		// not do
		Plan complete = plan("demo-family", "Completo", "Complete", "14.99", 14,
				List.of("AI_SUMMARY", "PHOTO_ANALYSIS"));
		Map<Integer, Integer> invoiceCounters = new HashMap<>();
		int subscriptions = 0;
		int payments = 0;
		for (int from = 0; from < memberIds.size(); from += ROWS_PER_STATEMENT) {
			List<UUID> chunk = memberIds.subList(from, Math.min(memberIds.size(), from + ROWS_PER_STATEMENT));
			Map<AccountId, AccountSummary> found = this.accounts.findAll(chunk.stream().map(AccountId::of).toList());
			List<MemberDirectory.Member> directory = new ArrayList<>();
			List<Object[]> subscriptionRows = new ArrayList<>();
			List<Object[]> paymentRows = new ArrayList<>();
			for (UUID id : chunk) {
				AccountSummary account = found.get(AccountId.of(id));
				if (account == null) {
					continue;
				}
				directory.add(new MemberDirectory.Member(id, account.email(), account.displayName(), account.locale(),
						now.minus(Duration.ofDays(400 + random.nextInt(300)))));
				if (random.nextInt(100) < 3) {
					continue; // never subscribed
				}
				Plan plan = random.nextInt(100) < 55 ? premium : random.nextInt(100) < 85 ? basic : complete;
				subscriptions += history(id, plan, premium, random, now, subscriptionRows, paymentRows,
						invoiceCounters);
			}
			this.members.insert(directory);
			this.insert.rows("billing_subscription", SUBSCRIPTION_COLUMNS, subscriptionRows);
			this.insert.rows("billing_sandbox_customer", "id, member_id, card_last4, fails_later, created_at",
					subscriptionRows.stream()
						.map(row -> new Object[] { row[8], row[1], "4242", false, row[9] })
						.toList());
			this.insert.rows("billing_payment",
					"id, subscription_id, member_id, plan_id, amount, currency, status, kind, period_index, external_id, "
							+ "invoice_number, refunded_amount, failure_reason, created_at",
					paymentRows);
			payments += paymentRows.size();
			if ((from / ROWS_PER_STATEMENT) % 10 == 9) {
				log.info("Billing demo: {} members, {} payments so far", from + chunk.size(), payments);
			}
		}
		invoiceCounters.forEach((year, last) -> {
			if (this.jdbc.update("update billing_invoice_counter set last_number = ? where invoice_year = ?", last,
					year) == 0) {
				this.jdbc.update("insert into billing_invoice_counter (invoice_year, last_number) values (?, ?)", year,
						last);
			}
		});
		this.lists.changed();
		log.info("Billing demo: {} subscriptions, {} payments", subscriptions, payments);
		return new Seeded(subscriptions, payments);
	}

	/**
	 * One member's subscription and its payments; returns 1. Most members subscribed more
	 * than a year ago; the status is drawn so that every status appears.
	 */
	private int history(UUID memberId, Plan plan, Plan premium, Random random, Instant now,
			List<Object[]> subscriptionRows, List<Object[]> paymentRows, Map<Integer, Integer> invoiceCounters) {
		int roll = random.nextInt(100);
		String status = roll < 66 ? "ACTIVE"
				: roll < 74 ? "CANCELLED" : roll < 81 ? "PAST_DUE" : roll < 86 ? "TRIALING" : "EXPIRED";
		UUID subscriptionId = UUID.randomUUID();
		BigDecimal amount = plan.price().money().amount();
		UUID priceId = plan.price().id();
		if (plan.id().equals(premium.id()) && plan.versions().size() > 1 && random.nextInt(100) < 40) {
			// grandfathered on the older premium price
			priceId = plan.versions().get(plan.versions().size() - 1).id();
			amount = plan.versions().get(plan.versions().size() - 1).money().amount();
		}
		if (status.equals("TRIALING")) {
			Instant started = now.minus(Duration.ofHours(1 + random.nextInt(24 * 13)));
			Instant trialEnd = started.plus(Duration.ofDays(14));
			subscriptionRows.add(row(subscriptionId, memberId, plan.id(), priceId, started, trialEnd, -1, started,
					trialEnd, trialEnd, false, null, null, 0, null));
			return 1;
		}
		// months since the anchor; 85 % have more than the year of history shown
		int months = random.nextInt(100) < 93 ? 13 + random.nextInt(24) : 1 + random.nextInt(12);
		if (!status.equals("ACTIVE") && !status.equals("CANCELLED")) {
			months = Math.max(months, 3);
		}
		// the current period (months - 1) runs from about a month ago to 1-27 days ahead
		Instant anchor = now.atZone(ZoneOffset.UTC)
			.minusMonths(months)
			.plusDays(1 + random.nextInt(27))
			.plusMinutes(random.nextInt(24 * 60))
			.toInstant();
		int lastPaid = months - 1; // index of the current period when nothing went wrong
		int failed = 0;
		Instant endedAt = null;
		Instant nextRetry = null;
		boolean cancel = false;
		Instant cancelledAt = null;
		if (status.equals("PAST_DUE")) {
			lastPaid = months - 2;
			failed = 1 + random.nextInt(2);
		}
		else if (status.equals("EXPIRED")) {
			lastPaid = Math.max(0, months - 2 - random.nextInt(Math.max(1, Math.min(months - 1, 10))));
			failed = random.nextBoolean() ? 4 : 0;
			Instant ended = end(anchor, lastPaid + 1).plus(Duration.ofDays(failed > 0 ? 9 : 0));
			endedAt = ended.isBefore(now) ? ended : now.minus(Duration.ofHours(1));
			cancel = failed == 0;
			cancelledAt = cancel ? end(anchor, lastPaid).plus(Duration.ofDays(3)) : null;
		}
		else if (status.equals("CANCELLED")) {
			cancel = true;
			cancelledAt = now.minus(Duration.ofDays(random.nextInt(10)));
		}
		Instant windowStart = now.atZone(ZoneOffset.UTC).minusMonths(12).toInstant();
		for (int k = 0; k <= lastPaid; k++) {
			Instant at = end(anchor, k);
			if (at.isBefore(windowStart) || at.isAfter(now)) {
				continue;
			}
			if (random.nextInt(100) < 25) {
				paymentRows.add(payment(subscriptionId, memberId, plan.id(), amount, "FAILED", k, at, null,
						BigDecimal.ZERO, random));
				at = at.plus(Duration.ofDays(1));
			}
			BigDecimal refunded = BigDecimal.ZERO;
			String paymentStatus = "SUCCEEDED";
			int refundRoll = random.nextInt(1000);
			if (refundRoll < 8) {
				refunded = amount;
				paymentStatus = "REFUNDED";
			}
			else if (refundRoll < 20) {
				refunded = amount.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_EVEN);
			}
			int year = at.atZone(ZoneOffset.UTC).getYear();
			int number = invoiceCounters.computeIfAbsent(year, this::lastInvoiceNumber) + 1;
			invoiceCounters.put(year, number);
			paymentRows.add(payment(subscriptionId, memberId, plan.id(), amount, paymentStatus, k, at,
					"%d-%06d".formatted(year, number), refunded, random));
		}
		if (failed > 0) {
			Instant due = end(anchor, lastPaid + 1);
			int[] offsets = { 0, 1, 4, 9 };
			for (int attempt = 0; attempt < failed
					&& !due.plus(Duration.ofDays(offsets[attempt])).isAfter(now); attempt++) {
				paymentRows.add(payment(subscriptionId, memberId, plan.id(), amount, "FAILED", lastPaid + 1,
						due.plus(Duration.ofDays(offsets[attempt])), null, BigDecimal.ZERO, random));
			}
			nextRetry = status.equals("PAST_DUE") ? now.plus(Duration.ofHours(6 + random.nextInt(48))) : null;
		}
		Instant periodStart = end(anchor, lastPaid);
		Instant periodEnd = end(anchor, lastPaid + 1);
		subscriptionRows.add(row(subscriptionId, memberId, plan.id(), priceId, anchor, anchor, lastPaid, periodStart,
				periodEnd, null, cancel, cancelledAt, endedAt, failed, nextRetry));
		return 1;
	}

	/** The columns of {@link #row}, in its order. */
	private static final String SUBSCRIPTION_COLUMNS = "id, member_id, plan_id, price_id, pending_price_id, "
			+ "pending_from, gateway, external_id, external_customer_id, started_at, anchor_at, period_index, "
			+ "current_period_start, current_period_end, trial_end, cancel_at_period_end, cancelled_at, ended_at, "
			+ "failed_attempts, next_retry_at, renewing_notice_index, last_event_at, version";

	private Object[] row(UUID id, UUID memberId, UUID planId, UUID priceId, Instant started, Instant anchor,
			int periodIndex, Instant periodStart, Instant periodEnd, Instant trialEnd, boolean cancel,
			Instant cancelledAt, Instant endedAt, int failed, Instant nextRetry) {
		return new Object[] { id, memberId, planId, priceId, null, null, "sandbox",
				"sub_sbx_demo_" + id.toString().replace("-", ""), customer(memberId), ts(started), ts(anchor),
				periodIndex, ts(periodStart), ts(periodEnd), ts(trialEnd), cancel, ts(cancelledAt), ts(endedAt), failed,
				ts(nextRetry), null, null, 0L };
	}

	private static Object[] payment(UUID subscriptionId, UUID memberId, UUID planId, BigDecimal amount, String status,
			int periodIndex, Instant at, String invoice, BigDecimal refunded, Random random) {
		UUID id = new UUID(random.nextLong(), random.nextLong());
		return new Object[] { id, subscriptionId, memberId, planId, amount, "EUR", status,
				periodIndex == 0 ? "INITIAL" : "RENEWAL", periodIndex, "pi_sbx_demo_" + id.toString().replace("-", ""),
				invoice, refunded, status.equals("FAILED") ? "card_declined: Your card was declined." : null, ts(at) };
	}

	/** The sandbox customer (a saved 4242 card) each demo subscriber renews with. */
	private static String customer(UUID memberId) {
		return "cus_sbx_demo_" + memberId.toString().replace("-", "");
	}

	private static Instant end(Instant anchor, int n) {
		return anchor.atZone(ZoneOffset.UTC).plusMonths(n).toInstant();
	}

	private int lastInvoiceNumber(int year) {
		List<Integer> last = this.jdbc.queryForList(
				"select last_number from billing_invoice_counter where invoice_year = ?", Integer.class, year);
		return last.isEmpty() ? 0 : last.get(0);
	}

	private Plan plan(String code, String name, String nameEn, String amount, int trialDays, List<String> features) {
		return this.plans.all()
			.stream()
			.filter(p -> p.code().equals(code))
			.findFirst()
			.orElseGet(() -> this.plans.create(new PlanDraft(code, name, "Plan de demostración " + name, nameEn,
					"Demo plan " + nameEn, amount, "EUR", "P1M", trialDays, features, false)));
	}

	/** Multi-row inserts: one statement per thousand rows is what makes 600,000 quick. */
	private static Timestamp ts(Instant instant) {
		return instant != null ? Timestamp.from(instant) : null;
	}

}
