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
		BillingFixtures.Member member = this.billing.member();
		UUID planId = this.billing.plan("4.00");
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);
		UUID subscriptionId = this.jdbc.queryForObject("select id from billing_subscription where member_id = ?",
				UUID.class, member.id());
		String tag = "pi_numbers_" + UUID.randomUUID();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < 48; i++) {
			int n = i;
			done.add(pool.submit((Callable<Void>) () -> {
				try {
					transaction.executeWithoutResult(status -> {
						this.ledger.succeeded(new Payment.Charge(subscriptionId, member.id(), planId,
								Money.of("4.00", "EUR"), "RENEWAL", n, tag + "-" + n, this.clock.instant()));
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
		int year = this.clock.instant().atZone(ZoneOffset.UTC).getYear();
		// one statement, so it sees one committed state: the year's numbers are 1..last,
		// each once
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
	void aMembersPaymentsShowTheirNumbersAsSoonAsTheyAreListed() {
		BillingFixtures.Member member = this.billing.member();
		this.billing.subscribe(member, this.billing.plan("5.00"), BillingFixtures.GOOD_CARD);
		assertThat(this.api.get("/api/me/payments", member.token()).body().path(0).path("invoiceNumber").asString())
			.matches("\\d{4}-\\d{6}");
	}

	@Test
	void numbersAreNotGivenInsideSomeoneElsesTransaction() {
		assertThatIllegalStateException().isThrownBy(() -> new TransactionTemplate(this.transactions)
			.executeWithoutResult(s -> this.numbers.numberPending()));
	}

}
