package app.vitalia.billing.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.vitalia.billing.catalog.Money;
import app.vitalia.platform.AfterCommit;
import app.vitalia.platform.DomainException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Payments, refunds and invoice numbers. A payment's external id (the gateway's
 * transaction id) is unique, so recording the same charge twice (a replayed webhook, a
 * renewal that also arrives as an event) records it once. A successful payment gets its
 * gap-free invoice number just after its transaction commits ({@link InvoiceNumbers}), so
 * payments of the year do not queue for one counter row. Each recorded charge counts in
 * {@code vitalia_payments_total{outcome="succeeded|failed"}} once its transaction
 * commits.
 */
@Service
public class Ledger {

	private static final Logger log = LoggerFactory.getLogger(Ledger.class);

	static final String COLUMNS = "id, subscription_id, member_id, plan_id, amount, currency, status, kind, period_index, "
			+ "external_id, invoice_number, refunded_amount, failure_reason, created_at";

	private final JdbcTemplate jdbc;

	private final Counter succeeded;

	private final Counter failed;

	private final InvoiceNumbers numbers;

	Ledger(JdbcTemplate jdbc, InvoiceNumbers numbers, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.succeeded = counter(registry, "succeeded");
		this.failed = counter(registry, "failed");
	}

	private static Counter counter(MeterRegistry registry, String outcome) {
		return Counter.builder("vitalia.payments")
			.description("Charges recorded, by outcome (counted when their transaction commits)")
			.tag("outcome", outcome)
			.register(registry);
	}

	/**
	 * Records a successful charge, numbered once the caller's transaction commits; empty
	 * when a payment with that external id is already recorded.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Payment> succeeded(Payment.Charge charge) {
		return insert(charge, Payment.SUCCEEDED, null);
	}

	/** Records a failed charge; empty when that external id is already recorded. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Payment> failed(Payment.Charge charge, String reason) {
		return insert(charge, Payment.FAILED, reason.length() > 300 ? reason.substring(0, 300) : reason);
	}

	/** Inserts the payment; empty when its external id is already recorded. */
	private Optional<Payment> insert(Payment.Charge charge, String status, @Nullable String reason) {
		UUID id = UUID.randomUUID();
		// the row as the database keeps it: microseconds, the currency's scale, nothing
		// refunded
		Instant at = charge.at().truncatedTo(ChronoUnit.MICROS);
		Money amount = money(charge.amount().amount(), charge.amount().currency());
		int inserted = this.jdbc.update(
				"insert into billing_payment (" + COLUMNS + ") values "
						+ "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) on conflict do nothing",
				id, charge.subscriptionId(), charge.memberId(), charge.planId(), amount.amount(), amount.currencyCode(),
				status, charge.kind(), charge.periodIndex(), charge.externalId(), null, reason, Timestamp.from(at));
		if (inserted == 0) {
			return Optional.empty();
		}
		if (Payment.SUCCEEDED.equals(status)) {
			AfterCommit.run(() -> {
				this.succeeded.increment();
				this.numbers.wake();
			});
		}
		else {
			AfterCommit.run(this.failed::increment);
		}
		return Optional.of(new Payment(id, charge.subscriptionId(), charge.memberId(), charge.planId(), amount, status,
				charge.kind(), charge.periodIndex(), charge.externalId(), null, Money.zero(amount.currency()), reason,
				at));
	}

	public Optional<Payment> find(UUID id, boolean forUpdate) {
		return this.jdbc
			.query("select " + COLUMNS + " from billing_payment where id = ?" + (forUpdate ? " for update" : ""),
					(rs, i) -> map(rs), id)
			.stream()
			.findFirst();
	}

	public Optional<Payment> byExternalId(String externalId, boolean forUpdate) {
		return this.jdbc
			.query("select " + COLUMNS + " from billing_payment where external_id = ?"
					+ (forUpdate ? " for update" : ""), (rs, i) -> map(rs), externalId)
			.stream()
			.findFirst();
	}

	/**
	 * A member's payments, newest first (at most 200), the successful ones with their
	 * invoice numbers: one that has just committed is numbered now, when it can be.
	 */
	public List<Payment> ofMember(UUID memberId) {
		List<Payment> payments = readOfMember(memberId);
		if (payments.stream().anyMatch(Ledger::awaitsNumber) && numberedNow()) {
			payments = readOfMember(memberId);
		}
		return payments;
	}

	/**
	 * A payment for its receipt, numbered now if it succeeded and has just committed,
	 * when it can be (a payment still without a number has no receipt yet).
	 */
	public Optional<Payment> numbered(UUID id) {
		Optional<Payment> payment = find(id, false);
		if (payment.filter(Ledger::awaitsNumber).isPresent() && numberedNow()) {
			payment = find(id, false);
		}
		return payment;
	}

	/**
	 * Numbers the waiting payments on this thread; false when it cannot now (inside a
	 * transaction, or the database failing), so the numbering thread will.
	 */
	private boolean numberedNow() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return false;
		}
		try {
			this.numbers.numberPending();
			return true;
		}
		catch (DataAccessException ex) {
			log.warn("Numbering invoices on demand failed; the numbering thread tries again: {}", ex.toString());
			return false;
		}
	}

	private List<Payment> readOfMember(UUID memberId) {
		return this.jdbc.query("select " + COLUMNS + " from billing_payment where member_id = ? "
				+ "order by created_at desc, id limit 200", (rs, i) -> map(rs), memberId);
	}

	private static boolean awaitsNumber(Payment payment) {
		return payment.invoiceNumber() == null && !Payment.FAILED.equals(payment.status());
	}

	/**
	 * Records a refund the gateway made (once per external refund id) and raises the
	 * payment's refunded amount; a refund of everything marks it {@code REFUNDED}.
	 * @return false when that refund was already recorded
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean refunded(Payment payment, Money amount, String externalRefundId, java.time.Instant at) {
		int inserted = this.jdbc.update(
				"insert into billing_refund (id, payment_id, amount, external_id, created_at) "
						+ "values (?, ?, ?, ?, ?) on conflict do nothing",
				UUID.randomUUID(), payment.id(), amount.amount(), externalRefundId, Timestamp.from(at));
		if (inserted == 0) {
			return false;
		}
		Money refunded = payment.refunded().plus(amount);
		if (refunded.compareTo(payment.amount()) > 0) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "REFUND_TOO_LARGE",
					"Refunds would exceed the payment");
		}
		this.jdbc.update("update billing_payment set refunded_amount = ?, status = ? where id = ?", refunded.amount(),
				refunded.compareTo(payment.amount()) == 0 ? Payment.REFUNDED : payment.status(), payment.id());
		return true;
	}

	static Payment map(ResultSet rs) throws SQLException {
		Currency currency = Currency.getInstance(rs.getString("currency").trim());
		int period = rs.getInt("period_index");
		Integer periodIndex = rs.wasNull() ? null : period;
		return new Payment(rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class),
				rs.getObject("member_id", UUID.class), rs.getObject("plan_id", UUID.class),
				money(rs.getBigDecimal("amount"), currency), rs.getString("status"), rs.getString("kind"), periodIndex,
				rs.getString("external_id"), rs.getString("invoice_number"),
				money(rs.getBigDecimal("refunded_amount"), currency), rs.getString("failure_reason"),
				rs.getTimestamp("created_at").toInstant());
	}

	static Money money(BigDecimal amount, Currency currency) {
		return new Money(amount.setScale(currency.getDefaultFractionDigits(), java.math.RoundingMode.UNNECESSARY),
				currency);
	}

}
