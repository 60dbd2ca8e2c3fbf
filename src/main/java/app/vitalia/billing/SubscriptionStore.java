package app.vitalia.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.billing.admin.ListChanges;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads and stores subscriptions. Loads {@code forUpdate} lock the row until the
 * transaction ends, so webhook deliveries, renewals and member actions on one
 * subscription happen one after the other. Every save drops the member's cached
 * {@link GrantedFeatures grant}.
 */
@Component
class SubscriptionStore {

	static final String COLUMNS = "id, member_id, plan_id, price_id, pending_price_id, pending_from, gateway, external_id, "
			+ "external_customer_id, started_at, anchor_at, period_index, current_period_start, current_period_end, "
			+ "trial_end, cancel_at_period_end, cancelled_at, ended_at, failed_attempts, next_retry_at, "
			+ "renewing_notice_index, last_event_at, version";

	private final JdbcTemplate jdbc;

	private final GrantedFeatures granted;

	private final ListChanges lists;

	SubscriptionStore(JdbcTemplate jdbc, GrantedFeatures granted, ListChanges lists) {
		this.jdbc = jdbc;
		this.granted = granted;
		this.lists = lists;
	}

	Optional<Subscription> ofMember(UUID memberId, boolean forUpdate) {
		return one("member_id = ?", memberId, forUpdate);
	}

	Optional<Subscription> find(UUID id, boolean forUpdate) {
		return one("id = ?", id, forUpdate);
	}

	Optional<Subscription> byExternalId(String externalId, boolean forUpdate) {
		return one("external_id = ?", externalId, forUpdate);
	}

	private Optional<Subscription> one(String where, Object key, boolean forUpdate) {
		List<Subscription> found = this.jdbc.query(
				"select " + COLUMNS + " from billing_subscription where " + where + (forUpdate ? " for update" : ""),
				(rs, i) -> map(rs), key);
		return found.stream().findFirst();
	}

	void save(Subscription s) {
		this.granted.subscriptionChanged(s.memberId);
		if (!s.stored) {
			this.jdbc.update(
					"insert into billing_subscription (" + COLUMNS + ") values "
							+ "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
					s.id, s.memberId, s.planId, s.priceId, s.pendingPriceId, ts(s.pendingFrom), s.gateway, s.externalId,
					s.externalCustomerId, ts(s.startedAt), ts(s.anchorAt), s.periodIndex, ts(s.currentPeriodStart),
					ts(s.currentPeriodEnd), ts(s.trialEnd), s.cancelAtPeriodEnd, ts(s.cancelledAt), ts(s.endedAt),
					s.failedAttempts, ts(s.nextRetryAt), s.renewingNoticeIndex, ts(s.lastEventAt));
			s.stored = true;
			this.lists.changed();
			return;
		}
		int updated = this.jdbc
			.update("update billing_subscription set plan_id = ?, price_id = ?, pending_price_id = ?, "
					+ "pending_from = ?, gateway = ?, external_id = ?, external_customer_id = ?, started_at = ?, "
					+ "anchor_at = ?, period_index = ?, current_period_start = ?, current_period_end = ?, trial_end = ?, "
					+ "cancel_at_period_end = ?, cancelled_at = ?, ended_at = ?, failed_attempts = ?, next_retry_at = ?, "
					+ "renewing_notice_index = ?, last_event_at = ?, version = version + 1 where id = ? and version = ?",
					s.planId, s.priceId, s.pendingPriceId, ts(s.pendingFrom), s.gateway, s.externalId,
					s.externalCustomerId, ts(s.startedAt), ts(s.anchorAt), s.periodIndex, ts(s.currentPeriodStart),
					ts(s.currentPeriodEnd), ts(s.trialEnd), s.cancelAtPeriodEnd, ts(s.cancelledAt), ts(s.endedAt),
					s.failedAttempts, ts(s.nextRetryAt), s.renewingNoticeIndex, ts(s.lastEventAt), s.id, s.version);
		if (updated == 0) {
			throw new OptimisticLockingFailureException("subscription " + s.id + " changed concurrently");
		}
		s.version++;
		this.lists.changed();
	}

	private static Subscription map(ResultSet rs) throws SQLException {
		Subscription s = new Subscription(rs.getObject("member_id", UUID.class));
		s.id = rs.getObject("id", UUID.class);
		s.planId = rs.getObject("plan_id", UUID.class);
		s.priceId = rs.getObject("price_id", UUID.class);
		s.pendingPriceId = rs.getObject("pending_price_id", UUID.class);
		s.pendingFrom = instant(rs, "pending_from");
		s.gateway = rs.getString("gateway");
		s.externalId = rs.getString("external_id");
		s.externalCustomerId = rs.getString("external_customer_id");
		s.startedAt = instant(rs, "started_at");
		s.anchorAt = instant(rs, "anchor_at");
		s.periodIndex = rs.getInt("period_index");
		s.currentPeriodStart = instant(rs, "current_period_start");
		s.currentPeriodEnd = instant(rs, "current_period_end");
		s.trialEnd = instant(rs, "trial_end");
		s.cancelAtPeriodEnd = rs.getBoolean("cancel_at_period_end");
		s.cancelledAt = instant(rs, "cancelled_at");
		s.endedAt = instant(rs, "ended_at");
		s.failedAttempts = rs.getInt("failed_attempts");
		s.nextRetryAt = instant(rs, "next_retry_at");
		int notice = rs.getInt("renewing_notice_index");
		s.renewingNoticeIndex = rs.wasNull() ? null : notice;
		s.lastEventAt = instant(rs, "last_event_at");
		s.version = rs.getLong("version");
		s.stored = true;
		return s;
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value != null ? value.toInstant() : null;
	}

	static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant != null ? Timestamp.from(instant) : null;
	}

}
