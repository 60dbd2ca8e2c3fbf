package app.vitalia.billing;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.vitalia.billing.catalog.Money;
import app.vitalia.billing.ledger.InvoiceNumbers;
import app.vitalia.billing.ledger.Ledger;
import app.vitalia.billing.ledger.Payment;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * Invoice numbers are given after the payments commit, in batches, and stay gap-free: a
 * payment that rolls back never held one.
 */
class InvoiceNumbersTests extends BillingHttpTest {

	@Autowired
	Ledger ledger;

	@Autowired
	InvoiceNumbers numbers;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void concurrentPaymentsGetGapFreeNumbersOnceTheyCommitWithoutAnyoneAsking() throws Exception {
		Subscribed subscribed = subscribed("4.00");
		String tag = "pi_numbers_" + UUID.randomUUID();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < 48; i++) {
			int n = i;
			done.add(pool.submit((Callable<Void>) () -> {
				try {
					transaction.executeWithoutResult(status -> {
						this.ledger.succeeded(new Payment.Charge(subscribed.subscriptionId(), subscribed.memberId(),
								subscribed.planId(), Money.of("4.00", "EUR"), "RENEWAL", n, tag + "-" + n,
								this.clock.instant()));
						if (n % 8 == 0) {
							throw new IllegalStateException("rolled back on purpose");
						}
					});
				}
				catch (IllegalStateException rolledBack) {
					// the payment and its would-be number go with it
				}
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		pool.shutdown();

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from billing_payment where external_id like ? and invoice_number is not null",
					Integer.class, tag + "%") == 42);
		assertThat(this.jdbc.queryForObject("select count(*) from billing_payment where external_id like ?",
				Integer.class, tag + "%"))
			.isEqualTo(42);
		assertYearIsGapFree();
	}

	@Test
	void numberersRunningAtOnceNeverGiveANumberTwiceNorSkipOne() throws Exception {
		Subscribed subscribed = subscribed("4.50");
		// waiting payments written behind the ledger's back, so no one is told to number
		// them
		String tag = "pi_racing_" + UUID.randomUUID();
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			for (int i = 0; i < 1200; i++) {
				insertWaiting(subscribed, tag + "-" + i);
			}
		});
		// six at once, like six instances (each locks the counters, then reads again)
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			done.add(pool.submit(() -> this.numbers.numberPending()));
		}
		for (Future<?> future : done) {
			future.get();
		}
		pool.shutdown();

		assertThat(this.jdbc.queryForObject(
				"select count(*) from billing_payment where external_id like ? and invoice_number is null",
				Integer.class, tag + "%"))
			.isZero();
		assertYearIsGapFree();
		// each number given here was announced with its payment (the other test contexts
		// sharing this database may have numbered, and announced, a few of them)
		List<InvoiceNumbered> announced = this.published.of(InvoiceNumbered.class)
			.stream()
			.filter(e -> e.memberId().id().equals(subscribed.memberId()))
			.toList();
		assertThat(announced).isNotEmpty();
		for (InvoiceNumbered event : announced) {
			assertThat(this.jdbc.queryForObject("select invoice_number from billing_payment where id = ?", String.class,
					event.paymentId().id()))
				.isEqualTo(event.invoiceNumber());
		}
	}

	@Test
	void aMembersPaymentsShowTheirNumbersAsSoonAsTheyAreListed() {
		Subscribed subscribed = subscribed("5.00");
		// committed without anyone told to number it: listing it numbers it
		String externalId = "pi_listed_" + UUID.randomUUID();
		insertWaiting(subscribed, externalId);
		JsonNode payments = this.api.get("/api/me/payments", subscribed.member().token()).body();
		assertThat(payments).hasSize(2);
		for (JsonNode payment : payments) {
			assertThat(payment.path("invoiceNumber").asString()).matches("\\d{4}-\\d{6}");
		}
		String id = this.jdbc.queryForObject("select id from billing_payment where external_id = ?", String.class,
				externalId);
		assertThat(this.api.get("/api/me/payments/" + id + "/receipt", subscribed.member().token()).status())
			.isEqualTo(200);
	}

	/** A new member subscribed to a new plan at this price. */
	private record Subscribed(BillingFixtures.Member member, UUID planId, UUID subscriptionId) {

		UUID memberId() {
			return this.member.id();
		}

	}

	private Subscribed subscribed(String price) {
		BillingFixtures.Member member = this.billing.member();
		UUID planId = this.billing.plan(price);
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);
		return new Subscribed(member, planId, this.jdbc
			.queryForObject("select id from billing_subscription where member_id = ?", UUID.class, member.id()));
	}

	/**
	 * A successful payment committed behind the ledger's back: no one is told to number
	 * it.
	 */
	private void insertWaiting(Subscribed subscribed, String externalId) {
		this.jdbc.update("insert into billing_payment (id, subscription_id, member_id, plan_id, amount, currency, "
				+ "status, kind, period_index, external_id, invoice_number, refunded_amount, failure_reason, "
				+ "created_at) values (?, ?, ?, ?, 4.50, 'EUR', 'SUCCEEDED', 'RENEWAL', 1, ?, null, 0, null, ?)",
				UUID.randomUUID(), subscribed.subscriptionId(), subscribed.memberId(), subscribed.planId(), externalId,
				java.sql.Timestamp.from(this.clock.instant()));
	}

	/**
	 * The year's numbers are 1..last, each once, read in one statement so it sees one
	 * committed state.
	 */
	private void assertYearIsGapFree() {
		int year = this.clock.instant().atZone(ZoneOffset.UTC).getYear();
		Map<String, Object> counts = this.jdbc.queryForMap("select count(*) as numbered, "
				+ "count(distinct invoice_number) as distinct_numbers, max(invoice_number) as highest, "
				+ "(select last_number from billing_invoice_counter where invoice_year = ?) as last "
				+ "from billing_payment where invoice_number like ?", year, year + "-%");
		long last = ((Number) counts.get("last")).longValue();
		assertThat(((Number) counts.get("numbered")).longValue()).isEqualTo(last);
		assertThat(((Number) counts.get("distinct_numbers")).longValue()).isEqualTo(last);
		assertThat(counts.get("highest")).isEqualTo("%d-%06d".formatted(year, last));
	}

	@Test
	void numbersAreNotGivenInsideSomeoneElsesTransaction() {
		assertThatIllegalStateException().isThrownBy(() -> new TransactionTemplate(this.transactions)
			.executeWithoutResult(s -> this.numbers.numberPending()));
	}

}
