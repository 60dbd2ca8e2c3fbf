package app.vitalia.billing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.billing.admin.ListChanges;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.PersonalData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Billing in a person's copy of their data: the subscription with its plan and price,
 * every payment with its invoice number and refunds, and the checkouts started. Card
 * details are never here: the payment provider keeps them.
 */
@Component
class BillingPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	/** Statuses that go on charging: a cancelled one only runs to its period end. */
	private static final Set<SubscriptionStatus> RENEWING = EnumSet.of(SubscriptionStatus.TRIALING,
			SubscriptionStatus.ACTIVE, SubscriptionStatus.PAST_DUE);

	private final ListChanges listChanges;

	private final Clock clock;

	BillingPersonalData(JdbcTemplate jdbc, ListChanges listChanges, Clock clock) {
		this.jdbc = jdbc;
		this.listChanges = listChanges;
		this.clock = clock;
	}

	@Override
	public String part() {
		return "billing";
	}

	@Override
	public Object of(UUID accountId) {
		Map<String, Object> billing = new LinkedHashMap<>();
		billing.put("subscriptions", PersonalData.rows(this.jdbc,
				"select s.id, p.code as plan, p.name as plan_name, p.name_en as plan_name_en, r.amount, r.currency, p.period, s.gateway,"
						+ " s.started_at, s.current_period_start, s.current_period_end, s.trial_end,"
						+ " s.cancel_at_period_end, s.cancelled_at, s.ended_at, s.failed_attempts, s.next_retry_at,"
						+ " q.code as next_plan, n.amount as next_amount, n.currency as next_currency, s.pending_from as next_from"
						+ " from billing_subscription s join billing_plan p on p.id = s.plan_id"
						+ " join billing_price r on r.id = s.price_id left join billing_price n on n.id = s.pending_price_id"
						+ " left join billing_plan q on q.id = n.plan_id where s.member_id = ? order by s.started_at",
				accountId));
		billing.put("payments", PersonalData.rows(this.jdbc,
				"select y.id, p.code as plan, y.amount, y.currency, y.status, y.kind, y.invoice_number,"
						+ " y.refunded_amount, y.failure_reason, y.created_at from billing_payment y"
						+ " left join billing_plan p on p.id = y.plan_id where y.member_id = ? order by y.created_at",
				accountId));
		billing.put("refunds",
				PersonalData.rows(this.jdbc, "select f.payment_id, f.amount, f.created_at from billing_refund f"
						+ " join billing_payment y on y.id = f.payment_id where y.member_id = ? order by f.created_at",
						accountId));
		billing.put("checkouts", PersonalData.rows(this.jdbc,
				"select c.id, p.code as plan, c.gateway, c.status, c.created_at, c.completed_at from billing_checkout c"
						+ " left join billing_plan p on p.id = c.plan_id where c.member_id = ? order by c.created_at",
				accountId));
		return billing;
	}

	/**
	 * Refused while the subscription would still renew or is being retried (the member
	 * cancels it first, so nothing is charged to a person who is gone). The member's row
	 * is locked first, as checkouts and activations lock it, so none of them can start a
	 * renewing subscription while the check holds; after the erasure they find no member.
	 * Payments, refunds, checkouts and the subscription they belong to stay for the
	 * accounts the law requires, under the bare account id; the copy of the member's name
	 * and address goes, and so does the sandbox's stand-in for a card.
	 */
	@Override
	public void erase(UUID accountId, String email) {
		this.jdbc.query("select id from billing_member where id = ? for update", (rs) -> {
		}, accountId);
		Instant now = this.clock.instant();
		List<SubscriptionStatus> statuses = this.jdbc.query(
				"select ended_at, cancel_at_period_end, current_period_end, failed_attempts, trial_end"
						+ " from billing_subscription where member_id = ?",
				(rs, i) -> SubscriptionStatus.of(instant(rs.getTimestamp(1)), rs.getBoolean(2),
						rs.getTimestamp(3).toInstant(), rs.getInt(4), instant(rs.getTimestamp(5)), now),
				accountId);
		if (statuses.stream().anyMatch(RENEWING::contains)) {
			throw new DomainException(DomainException.Kind.CONFLICT, "SUBSCRIPTION_RENEWING",
					"Cancel the subscription first: it would otherwise renew after the account is gone");
		}
		this.jdbc.update("delete from billing_member where id = ?", accountId);
		this.jdbc.update("delete from billing_sandbox_session where member_id = ?", accountId);
		this.jdbc.update("delete from billing_sandbox_customer where member_id = ?", accountId);
		// the admin members list no longer shows them
		this.listChanges.changed();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp != null ? timestamp.toInstant() : null;
	}

}
