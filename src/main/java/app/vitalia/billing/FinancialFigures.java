package app.vitalia.billing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.vitalia.billing.catalog.PlanPeriod;
import app.vitalia.billing.ledger.Refunds;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billing's figures for a time range, each one aggregate query over billing's own tables
 * (for reports and KPIs of other modules, which never read those tables): rows are
 * grouped by currency and plan in the database, so nothing grows with the number of
 * payments. Amounts are exact decimals in the payment's currency.
 */
@Component
public class FinancialFigures {

	/** Charges in the range: gross collected, counts, renewals, by currency and plan. */
	public record Charges(String currency, UUID planId, BigDecimal collected, long succeeded, long failed,
			long renewals) {
	}

	/** Refunds made in the range, by the refunded payment's currency and plan. */
	public record RefundTotal(String currency, UUID planId, BigDecimal amount, long count) {
	}

	/** Members whose first successful payment ever falls in the range. */
	public record NewSubscribers(String currency, UUID planId, long members) {
	}

	/**
	 * Paying subscribers (started, not ended, out of trial) at an instant with their
	 * monthly recurring revenue: the current price normalised to a month.
	 */
	public record Subscribers(String currency, UUID planId, long count, BigDecimal monthlyRevenue) {
	}

	/** Cancellations requested and subscriptions that ended in the range. */
	public record Departures(String currency, UUID planId, long cancellations, long ended) {
	}

	/** A plan's code and name. */
	public record PlanName(UUID id, String code, String name) {
	}

	private static final String SUCCESS = "y.status <> 'FAILED'";

	private final NamedParameterJdbcTemplate named;

	FinancialFigures(NamedParameterJdbcTemplate named) {
		this.named = named;
	}

	@Transactional(readOnly = true)
	public List<Charges> charges(Instant from, Instant to) {
		return this.named.query(
				"select y.currency, y.plan_id, " + "coalesce(sum(case when " + SUCCESS + " then y.amount end), 0), "
						+ "sum(case when " + SUCCESS
						+ " then 1 else 0 end), sum(case when y.status = 'FAILED' then 1 else 0 end), "
						+ "sum(case when " + SUCCESS + " and y.kind = 'RENEWAL' then 1 else 0 end) "
						+ "from billing_payment y where y.created_at >= :from and y.created_at < :to "
						+ "group by y.currency, y.plan_id",
				range(from, to), (rs, i) -> new Charges(rs.getString(1).trim(), rs.getObject(2, UUID.class),
						rs.getBigDecimal(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
	}

	@Transactional(readOnly = true)
	public List<RefundTotal> refunds(Instant from, Instant to) {
		return this.named.query("select y.currency, y.plan_id, sum(f.amount), count(*) from billing_refund f "
				+ "join billing_payment y on y.id = f.payment_id where f.created_at >= :from and f.created_at < :to "
				+ "group by y.currency, y.plan_id", range(from, to),
				(rs, i) -> new RefundTotal(rs.getString(1).trim(), rs.getObject(2, UUID.class), rs.getBigDecimal(3),
						rs.getLong(4)));
	}

	/**
	 * Members whose first successful payment falls in the range, counted under that
	 * payment's currency and plan: each member's first successful payment of the range
	 * (one ordered pass over the range), kept when the member has no successful payment
	 * before it (an index probe per member, not per payment).
	 */
	@Transactional(readOnly = true)
	public List<NewSubscribers> newSubscribers(Instant from, Instant to) {
		return this.named.query("select f.currency, f.plan_id, count(*) from (select distinct on (y.member_id) "
				// the ordering column is selected too: H2 (embedded mode) requires it
				+ "y.member_id, y.currency, y.plan_id, y.created_at from billing_payment y where " + SUCCESS
				+ " and y.created_at >= :from and y.created_at < :to order by y.member_id, y.created_at) f "
				+ "where not exists (select 1 from billing_payment e where e.member_id = f.member_id "
				+ "and e.status <> 'FAILED' and e.created_at < :from) group by f.currency, f.plan_id", range(from, to),
				(rs, i) -> new NewSubscribers(rs.getString(1).trim(), rs.getObject(2, UUID.class), rs.getLong(3)));
	}

	/** Paying subscribers at {@code at}, with their monthly recurring revenue. */
	@Transactional(readOnly = true)
	public List<Subscribers> subscribers(Instant at) {
		List<Subscribers> out = new ArrayList<>();
		this.named.query(
				"select r.currency, s.plan_id, p.period, r.amount, count(*) from billing_subscription s "
						+ "join billing_price r on r.id = s.price_id join billing_plan p on p.id = s.plan_id "
						+ "where s.started_at <= :at and (s.trial_end is null or s.trial_end <= :at) "
						+ "and (s.ended_at is null or s.ended_at > :at) "
						+ "and not (s.cancel_at_period_end and s.current_period_end <= :at) "
						+ "group by r.currency, s.plan_id, p.period, r.amount",
				new MapSqlParameterSource("at", Timestamp.from(at)), rs -> {
					long count = rs.getLong(5);
					BigDecimal monthly = monthly(rs.getBigDecimal(4), rs.getString(3))
						.multiply(BigDecimal.valueOf(count));
					out.add(new Subscribers(rs.getString(1).trim(), rs.getObject(2, UUID.class), count, monthly));
				});
		return out;
	}

	/**
	 * Paying subscribers at {@code at} who cancelled and leave when their paid period
	 * ends: counted in the MRR until then. A trial cancelled during the trial never paid
	 * and is not one of them.
	 */
	@Transactional(readOnly = true)
	public long leavingSubscribers(Instant at) {
		Long count = this.named.queryForObject("select count(*) from billing_subscription s "
				+ "where s.started_at <= :at and (s.trial_end is null or s.trial_end <= :at) "
				+ "and (s.ended_at is null or s.ended_at > :at) and s.cancel_at_period_end and s.current_period_end > :at",
				new MapSqlParameterSource("at", Timestamp.from(at)), Long.class);
		return count != null ? count : 0;
	}

	/**
	 * Cancellations requested in the range, and subscriptions whose access ended in it
	 * (ended by dunning or the gateway, or a cancelled period that ran out).
	 */
	@Transactional(readOnly = true)
	public List<Departures> departures(Instant from, Instant to) {
		return this.named.query("select r.currency, s.plan_id, "
				+ "sum(case when s.cancelled_at >= :from and s.cancelled_at < :to then 1 else 0 end), "
				+ "sum(case when coalesce(s.ended_at, case when s.cancel_at_period_end then s.current_period_end end) "
				+ ">= :from and coalesce(s.ended_at, case when s.cancel_at_period_end then s.current_period_end end) "
				+ "< :to then 1 else 0 end) from billing_subscription s join billing_price r on r.id = s.price_id "
				+ "where (s.cancelled_at >= :from and s.cancelled_at < :to) or (s.ended_at >= :from and s.ended_at < :to) "
				+ "or (s.cancel_at_period_end and s.current_period_end >= :from and s.current_period_end < :to) "
				+ "group by r.currency, s.plan_id", range(from, to),
				(rs, i) -> new Departures(rs.getString(1).trim(), rs.getObject(2, UUID.class), rs.getLong(3),
						rs.getLong(4)));
	}

	/**
	 * How many subscriptions are in each status at {@code at} (members never subscribed
	 * are not counted).
	 */
	@Transactional(readOnly = true)
	public java.util.Map<SubscriptionStatus, Long> subscriptionsByStatus(Instant at) {
		java.util.Map<SubscriptionStatus, Long> counts = new java.util.EnumMap<>(SubscriptionStatus.class);
		for (SubscriptionStatus status : SubscriptionStatus.values()) {
			if (status != SubscriptionStatus.NONE) {
				counts.put(status, 0L);
			}
		}
		this.named.query(
				"select status, count(*) from (select " + SubscriptionStatus.sql("s")
						+ " as status from billing_subscription s) statuses group by status",
				new MapSqlParameterSource("now", Timestamp.from(at)), rs -> {
					counts.put(SubscriptionStatus.valueOf(rs.getString(1)), rs.getLong(2));
				});
		return counts;
	}

	@Transactional(readOnly = true)
	public List<PlanName> plans() {
		return this.named.query("select id, code, name from billing_plan order by code", new MapSqlParameterSource(),
				(rs, i) -> new PlanName(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
	}

	/**
	 * A price per period as a price per month (a year is 12 months, a month 365.25/12
	 * days).
	 */
	static BigDecimal monthly(BigDecimal amount, String period) {
		PlanPeriod parsed = PlanPeriod.parse(period);
		Period value = parsed != null ? parsed.value() : Period.ofMonths(1);
		if (value.getYears() != 0) {
			return amount.divide(BigDecimal.valueOf(12L * value.getYears()), MathContext.DECIMAL64);
		}
		if (value.getMonths() != 0) {
			return amount.divide(BigDecimal.valueOf(value.getMonths()), MathContext.DECIMAL64);
		}
		return amount.multiply(new BigDecimal("30.4375"))
			.divide(BigDecimal.valueOf(value.getDays()), MathContext.DECIMAL64);
	}

	private static MapSqlParameterSource range(Instant from, Instant to) {
		return new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
	}

}
