package app.vitalia.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Billing rows written straight into billing's tables, as the gateway and renewals would
 * have left them: the report must find them through billing's API.
 */
final class Ledgers {

	private final JdbcTemplate jdbc;

	private final String currency;

	Ledgers(JdbcTemplate jdbc, String currency) {
		this.jdbc = jdbc;
		this.currency = currency;
	}

	record Priced(UUID planId, UUID priceId) {
	}

	Priced plan(String code, String period, String amount) {
		UUID plan = UUID.randomUUID();
		UUID price = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update(
				"insert into billing_plan (id, code, name, description, period, trial_days, features, "
						+ "archived, created_at) values (?, ?, ?, '', ?, 0, '', true, ?)",
				plan, code, "Plan " + code, period, now);
		this.jdbc.update("insert into billing_price (id, plan_id, version, amount, currency, created_at) "
				+ "values (?, ?, 1, ?, ?, ?)", price, plan, new BigDecimal(amount), this.currency, now);
		return new Priced(plan, price);
	}

	/** A subscription; {@code end} is the current period's end. */
	UUID subscription(UUID member, Priced plan, Instant started, Instant end, @Nullable Instant trialEnd,
			boolean cancelAtPeriodEnd, @Nullable Instant cancelledAt, @Nullable Instant endedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("insert into billing_subscription (id, member_id, plan_id, price_id, gateway, started_at, "
				+ "anchor_at, period_index, current_period_start, current_period_end, trial_end, cancel_at_period_end, "
				+ "cancelled_at, ended_at, failed_attempts) values (?, ?, ?, ?, 'sandbox', ?, ?, 1, ?, ?, ?, ?, ?, ?, 0)",
				id, member, plan.planId(), plan.priceId(), ts(started), ts(started), ts(started), ts(end), ts(trialEnd),
				cancelAtPeriodEnd, ts(cancelledAt), ts(endedAt));
		return id;
	}

	UUID payment(UUID subscription, UUID member, Priced plan, String amount, String status, String kind, Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"insert into billing_payment (id, subscription_id, member_id, plan_id, amount, currency, status, "
						+ "kind, external_id, refunded_amount, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
				id, subscription, member, plan.planId(), new BigDecimal(amount), this.currency, status, kind,
				"test_" + id, ts(at));
		return id;
	}

	void refund(UUID payment, String amount, Instant at) {
		this.jdbc.update(
				"insert into billing_refund (id, payment_id, amount, external_id, created_at) "
						+ "values (?, ?, ?, ?, ?)",
				UUID.randomUUID(), payment, new BigDecimal(amount), "test_refund_" + UUID.randomUUID(), ts(at));
		this.jdbc.update(
				"update billing_payment set refunded_amount = refunded_amount + ?, status = case when "
						+ "refunded_amount + ? >= amount then 'REFUNDED' else status end where id = ?",
				new BigDecimal(amount), new BigDecimal(amount), payment);
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant != null ? Timestamp.from(instant) : null;
	}

}
