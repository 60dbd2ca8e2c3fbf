package app.vitalia.billing.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.vitalia.billing.catalog.Money;
import app.vitalia.platform.Database;
import app.vitalia.platform.DomainException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Payments, refunds and invoice numbers. A payment's external id (the gateway's
 * transaction id) is unique, so recording the same charge twice (a replayed webhook, a
 * renewal that also arrives as an event) records it once. Invoice numbers come from one
 * counter row per year, taken in the payment's own transaction: a rolled-back payment
 * gives its number back, so the numbers have no gaps. That row is locked until the
 * payment's transaction ends, so every payment of the year queues for it: callers take
 * the number as late in their transaction as they can, and taking it is one statement on
 * PostgreSQL. Each recorded charge counts in
 * {@code vitalia_payments_total{outcome="succeeded|failed"}} once its transaction
 * commits.
 */
@Service
public class Ledger {

	static final String COLUMNS = "id, subscription_id, member_id, plan_id, amount, currency, status, kind, period_index, "
			+ "external_id, invoice_number, refunded_amount, failure_reason, created_at";

	private final JdbcTemplate jdbc;

	private final Counter succeeded;

	private final Counter failed;

	private final Database database;

	Ledger(JdbcTemplate jdbc, Database database, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.database = database;
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
	 * Records a successful charge with the next invoice number; empty when a payment with
	 * that external id is already recorded. The year's counter stays locked until the
	 * caller's transaction ends: call this after the transaction's other writes.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Payment> succeeded(Payment.Charge charge) {
		if (exists(charge.externalId())) {
			return Optional.empty();
		}
		String invoice = nextInvoiceNumber(charge.at().atZone(ZoneOffset.UTC).getYear());
		return insert(charge, Payment.SUCCEEDED, invoice, null);
	}

	/** Records a failed charge; empty when that external id is already recorded. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Payment> failed(Payment.Charge charge, String reason) {
		if (exists(charge.externalId())) {
			return Optional.empty();
		}
		return insert(charge, Payment.FAILED, null, reason.length() > 300 ? reason.substring(0, 300) : reason);
	}

	private Optional<Payment> insert(Payment.Charge charge, String status, @Nullable String invoice,
			@Nullable String reason) {
		UUID id = UUID.randomUUID();
		// the row as the database keeps it: microseconds, the currency's scale, nothing
		// refunded
		Instant at = charge.at().truncatedTo(ChronoUnit.MICROS);
		Money amount = money(charge.amount().amount(), charge.amount().currency());
		int inserted = this.jdbc.update(
				"insert into billing_payment (" + COLUMNS + ") values "
						+ "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) on conflict do nothing",
				id, charge.subscriptionId(), charge.memberId(), charge.planId(), amount.amount(), amount.currencyCode(),
				status, charge.kind(), charge.periodIndex(), charge.externalId(), invoice, reason, Timestamp.from(at));
		if (inserted == 0) {
			throw new IllegalStateException("payment " + charge.externalId() + " was recorded concurrently");
		}
		Counter counter = Payment.SUCCEEDED.equals(status) ? this.succeeded : this.failed;
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				counter.increment();
			}

		});
		return Optional.of(new Payment(id, charge.subscriptionId(), charge.memberId(), charge.planId(), amount, status,
				charge.kind(), charge.periodIndex(), charge.externalId(), invoice, Money.zero(amount.currency()),
				reason, at));
	}

	private boolean exists(String externalId) {
		return !this.jdbc.queryForList("select id from billing_payment where external_id = ?", UUID.class, externalId)
			.isEmpty();
	}

	/** The next gap-free number of the year, e.g. {@code 2026-000042}. */
	String nextInvoiceNumber(int year) {
		Integer number = takeNumber(year);
		if (number == null) {
			this.jdbc.update("insert into billing_invoice_counter (invoice_year, last_number) values (?, 0) "
					+ "on conflict do nothing", year);
			number = takeNumber(year);
		}
		return "%d-%06d".formatted(year, number);
	}

	/**
	 * Raises the year's counter and returns it; null when the year has no counter yet.
	 */
	private @Nullable Integer takeNumber(int year) {
		String raise = "update billing_invoice_counter set last_number = last_number + 1 where invoice_year = ?";
		// PostgreSQL returns the raised value in the same statement
		if (this.database.isPostgres()) {
			List<Integer> number = this.jdbc.queryForList(raise + " returning last_number", Integer.class, year);
			return number.isEmpty() ? null : number.get(0);
		}
		if (this.jdbc.update(raise, year) == 0) {
			return null;
		}
		return this.jdbc.queryForObject("select last_number from billing_invoice_counter where invoice_year = ?",
				Integer.class, year);
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

	/** A member's payments, newest first (at most 200). */
	public List<Payment> ofMember(UUID memberId) {
		return this.jdbc.query("select " + COLUMNS + " from billing_payment where member_id = ? "
				+ "order by created_at desc, id limit 200", (rs, i) -> map(rs), memberId);
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
