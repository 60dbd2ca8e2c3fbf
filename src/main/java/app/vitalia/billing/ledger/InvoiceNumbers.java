package app.vitalia.billing.ledger;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.billing.InvoiceNumbered;
import app.vitalia.billing.PaymentId;
import app.vitalia.members.MemberId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives successful payments their invoice numbers, gap-free per year (of the payment's
 * time, UTC), in batches after the payments' own transactions have committed. A payment
 * no longer waits for the year's counter row: only this step takes it, once per batch,
 * and a rolled-back payment never held a number. Numbering runs when a payment commits,
 * on this process's numbering thread, every {@code sweep} for payments committed by
 * another instance or before a crash, and on demand ({@link #numberPending}) before a
 * member's payments or receipt are shown. Instances number one after another: the counter
 * rows are locked for the batch.
 */
@Component
public class InvoiceNumbers {

	private static final Logger log = LoggerFactory.getLogger(InvoiceNumbers.class);

	static final int BATCH = 500;

	private static final String PENDING = "select id, member_id, created_at from billing_payment "
			+ "where invoice_number is null and status <> 'FAILED' order by created_at, id limit " + BATCH;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ScheduledExecutorService worker;

	private final AtomicBoolean wanted = new AtomicBoolean();

	private final ApplicationEventPublisher events;

	InvoiceNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			@Value("${vitalia.billing.invoice-numbering-sweep}") Duration sweep) {
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		// the second read of the waiting payments must see what committed while the
		// counters were being locked
		this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		this.worker = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "invoice-numbers");
			thread.setDaemon(true);
			return thread;
		});
		this.worker.scheduleWithFixedDelay(this::wake, sweep.toMillis(), sweep.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** A successful payment committed, or may have: number what is pending, soon. */
	void wake() {
		if (this.wanted.compareAndSet(false, true)) {
			try {
				this.worker.execute(this::drain);
			}
			catch (RejectedExecutionException closing) {
				this.wanted.set(false);
			}
		}
	}

	/**
	 * Numbers every payment pending now, on the calling thread; call it outside a
	 * transaction.
	 */
	public void numberPending() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Invoice numbers are given outside the caller's transaction");
		}
		while (numberBatch() == BATCH) {
			// more are waiting
		}
	}

	private void drain() {
		this.wanted.set(false);
		try {
			numberPending();
		}
		catch (TransientDataAccessException | DataAccessResourceFailureException unavailable) {
			log.warn("Numbering invoices failed; the next payment or sweep tries again: {}", unavailable.toString());
		}
		catch (RuntimeException ex) {
			// not the database being away: every batch will fail the same way until fixed
			log.error("Numbering invoices failed; successful payments wait for their numbers", ex);
		}
	}

	/** One batch, in its own transaction; returns how many payments it numbered. */
	int numberBatch() {
		Integer numbered = this.transaction.execute(status -> {
			List<Pending> pending = pending();
			if (pending.isEmpty()) {
				return 0;
			}
			// the years' counters, locked in order until the batch commits
			Map<Integer, Integer> last = new TreeMap<>();
			for (int year : new TreeSet<>(pending.stream().map(Pending::year).toList())) {
				this.jdbc.update("insert into billing_invoice_counter (invoice_year, last_number) values (?, 0) "
						+ "on conflict do nothing", year);
				last.put(year,
						this.jdbc.queryForObject(
								"select last_number from billing_invoice_counter where invoice_year = ? for update",
								Integer.class, year));
			}
			// read again under the locks: another instance may have numbered some
			// meanwhile
			List<Object[]> numbers = new ArrayList<>();
			List<InvoiceNumbered> announced = new ArrayList<>();
			for (Pending payment : pending()) {
				Integer previous = last.get(payment.year());
				if (previous != null) {
					String number = "%d-%06d".formatted(payment.year(), previous + 1);
					last.put(payment.year(), previous + 1);
					numbers.add(new Object[] { number, payment.id() });
					announced.add(new InvoiceNumbered(PaymentId.of(payment.id()), MemberId.of(payment.memberId()),
							number, payment.createdAt()));
				}
			}
			this.jdbc.batchUpdate("update billing_payment set invoice_number = ? where id = ?", numbers);
			last.forEach((year, number) -> this.jdbc
				.update("update billing_invoice_counter set last_number = ? where invoice_year = ?", number, year));
			announced.forEach(this.events::publishEvent);
			return numbers.size();
		});
		return numbered == null ? 0 : numbered;
	}

	private List<Pending> pending() {
		return this.jdbc.query(PENDING, (rs, i) -> new Pending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				rs.getTimestamp(3).toInstant()));
	}

	/**
	 * Lets a running batch finish (it is one transaction either way) before the pool
	 * closes.
	 */
	@PreDestroy
	void close() throws InterruptedException {
		this.worker.shutdown();
		if (!this.worker.awaitTermination(10, TimeUnit.SECONDS)) {
			this.worker.shutdownNow();
		}
	}

	private record Pending(UUID id, UUID memberId, Instant createdAt) {

		int year() {
			return this.createdAt.atZone(ZoneOffset.UTC).getYear();
		}

	}

}
