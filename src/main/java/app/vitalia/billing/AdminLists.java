package app.vitalia.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import app.vitalia.billing.admin.BillingPage;
import app.vitalia.billing.admin.ListChanges;
import app.vitalia.billing.admin.MemberDirectory;
import app.vitalia.platform.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The admin lists: members with their subscription, subscriptions, payments with totals,
 * received webhook events. Each page is one query for the rows and one for the total
 * (payments: one more for the totals), whatever the page size; statuses come from
 * {@link SubscriptionStatus#sql}, the same rules as everywhere else.
 */
@Component
class AdminLists {

	record MemberRow(UUID id, String email, String displayName, Instant registeredAt, SubscriptionStatus status,
			@Nullable UUID planId, @Nullable String planCode, @Nullable String planName,
			@Nullable Instant currentPeriodEnd, boolean cancelAtPeriodEnd) {
	}

	record SubscriptionRow(UUID id, UUID memberId, @Nullable String email, @Nullable String displayName,
			SubscriptionStatus status, UUID planId, String planCode, String planName, String amount, String currency,
			Instant startedAt, Instant currentPeriodEnd, boolean cancelAtPeriodEnd, int failedAttempts,
			@Nullable Instant nextRetryAt, String gateway) {
	}

	record PaymentRow(UUID id, UUID memberId, @Nullable String email, @Nullable String displayName, String planCode,
			String amount, String currency, String status, String kind, String refundedAmount, String externalId,
			@Nullable String invoiceNumber, @Nullable String failureReason, Instant createdAt) {
	}

	record Totals(String currency, long succeeded, long failed, long refunded, String collected, String refundedAmount,
			String net) {
	}

	record PaymentPage(List<PaymentRow> content, int page, int size, long totalElements, boolean hasNext,
			List<Totals> totals) {
	}

	record EventRow(String id, String gateway, String type, Instant createdAt, Instant receivedAt, String result,
			@Nullable String detail, String payload) {
	}

	/**
	 * One page of members, as kept: the filters, the page, the order (SQL) and the
	 * generation of the lists it was asked at.
	 */
	private record MemberQuery(@Nullable String q, @Nullable SubscriptionStatus status, @Nullable UUID planId, int page,
			int size, String order, long generation) {
	}

	/** The filters a kept total counts, at a generation of the lists. */
	private record MemberFilter(@Nullable String q, @Nullable SubscriptionStatus status, @Nullable UUID planId,
			long generation) {
	}

	/** The sortable member columns that need nothing but the member table. */
	private static final Set<String> MEMBER_COLUMNS = Set.of("m.display_name", "m.email", "m.registered_at");

	static final Map<String, String> MEMBER_SORTS = Map.of("name", "m.display_name", "email", "m.email", "registeredAt",
			"m.registered_at", "periodEnd", "s.current_period_end", "plan", "p.name", "status", "status");

	private final NamedParameterJdbcTemplate named;

	private final Clock clock;

	private final ListChanges changes;

	private final Cache<MemberQuery, BillingPage<MemberRow>> memberPages;

	private final Cache<MemberFilter, Long> memberTotals;

	AdminLists(NamedParameterJdbcTemplate named, Clock clock, ListChanges changes,
			@Value("${vitalia.billing.admin-list-max-age}") Duration maxAge) {
		this.named = named;
		this.clock = clock;
		this.changes = changes;
		// the application's clock drives the age (tests move it), without its jumps: the
		// monotonic time plus the clock's distance from the system's
		Ticker ticker = () -> System.nanoTime()
				+ TimeUnit.MILLISECONDS.toNanos(clock.millis() - System.currentTimeMillis());
		this.memberPages = Caffeine.newBuilder().maximumSize(500).expireAfterWrite(maxAge).ticker(ticker).build();
		this.memberTotals = Caffeine.newBuilder().maximumSize(200).expireAfterWrite(maxAge).ticker(ticker).build();
	}

	/**
	 * A page of members. Pages and totals are kept in memory and served again until this
	 * process changes members, subscriptions or plans ({@link ListChanges}) or
	 * {@code maxAge} has passed, which bounds what a change made elsewhere (another
	 * instance) or by the clock alone (a trial ending) takes to show. Concurrent requests
	 * for a page that is not kept wait for one read of it.
	 */
	BillingPage<MemberRow> members(@Nullable String q, @Nullable SubscriptionStatus status, @Nullable UUID planId,
			int page, int size, @Nullable String sort) {
		String order = order(sort, MEMBER_SORTS, "name", "m.id");
		MemberQuery query = new MemberQuery(q == null || q.isBlank() ? null : q.strip(), status, planId, page, size,
				order, this.changes.generation());
		return this.memberPages.get(query, this::readMembers);
	}

	private BillingPage<MemberRow> readMembers(MemberQuery query) {
		MapSqlParameterSource params = params(query.page(), query.size());
		StringBuilder where = new StringBuilder(" where 1 = 1");
		boolean needsSubscription = filter(where, params, query.q(), query.status(), query.planId());
		String order = query.order();
		String joins = " left join billing_subscription s on s.member_id = m.id "
				+ "left join billing_plan p on p.id = s.plan_id";
		boolean membersAlone = !needsSubscription && MEMBER_COLUMNS.contains(order.substring(0, order.indexOf(' ')));
		// sorted by a member column and not filtered by subscription: the page's ids
		// first, from the member table alone (its name and registration indexes), then
		// their subscriptions, so a deep page does not join every member skipped on the
		// way
		String from = membersAlone
				? " from (select m.id from billing_member m" + where + " order by " + order
						+ " limit :limit offset :offset) chosen join billing_member m on m.id = chosen.id" + joins
				: " from billing_member m" + joins + where;
		List<MemberRow> rows = this.named.query(
				"select m.id, m.email, m.display_name, m.registered_at, "
						+ SubscriptionStatus
							.sql("s")
						+ " as status, p.id, p.code, p.name, s.current_period_end, s.cancel_at_period_end" + from
						+ " order by " + order + " limit :limit offset " + (membersAlone ? "0" : ":offset"),
				params,
				(rs, i) -> new MemberRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant(), SubscriptionStatus.valueOf(rs.getString(5)),
						rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8),
						SubscriptionStore.instant(rs, "current_period_end"), rs.getBoolean(10)));
		String countSql = "select count(*) from billing_member m"
				+ (needsSubscription ? " left join billing_subscription s on s.member_id = m.id" : "") + where;
		long total = query.page() == 0 && rows.size() < query.size() ? rows.size()
				: this.memberTotals.get(new MemberFilter(query.q(), query.status(), query.planId(), query.generation()),
						filter -> total(countSql, params));
		return BillingPage.of(rows, query.page(), query.size(), total);
	}

	BillingPage<SubscriptionRow> subscriptions(@Nullable String q, @Nullable SubscriptionStatus status,
			@Nullable UUID planId, int page, int size) {
		MapSqlParameterSource params = params(page, size);
		StringBuilder where = new StringBuilder(" where 1 = 1");
		filter(where, params, q, status, planId);
		String from = " from billing_subscription s left join billing_member m on m.id = s.member_id "
				+ "join billing_plan p on p.id = s.plan_id join billing_price r on r.id = s.price_id";
		List<SubscriptionRow> rows = this.named.query(
				"select s.id, s.member_id, m.email, m.display_name, " + SubscriptionStatus.sql("s")
						+ ", p.id, p.code, p.name, r.amount, r.currency, s.started_at, "
						+ "s.current_period_end, s.cancel_at_period_end, s.failed_attempts, s.next_retry_at, s.gateway"
						+ from + where + " order by s.current_period_end, s.id limit :limit offset :offset",
				params,
				(rs, i) -> new SubscriptionRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getString(3), rs.getString(4), SubscriptionStatus.valueOf(rs.getString(5)),
						rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8), amount(rs.getBigDecimal(9)),
						rs.getString(10).trim(), rs.getTimestamp(11).toInstant(), rs.getTimestamp(12).toInstant(),
						rs.getBoolean(13), rs.getInt(14), SubscriptionStore.instant(rs, "next_retry_at"),
						rs.getString(16)));
		long total = count(rows.size(), page, size, "select count(*)" + from + where, params);
		return BillingPage.of(rows, page, size, total);
	}

	PaymentPage payments(@Nullable String q, @Nullable Instant from, @Nullable Instant to, @Nullable String status,
			int page, int size) {
		MapSqlParameterSource params = params(page, size);
		StringBuilder where = new StringBuilder(" where 1 = 1");
		filter(where, params, q, null, null);
		paymentFilter(where, params, from, to, status);
		List<PaymentRow> rows = this.named.query("select y.id, y.member_id, m.email, m.display_name, p.code, y.amount, "
				+ "y.currency, y.status, y.kind, y.refunded_amount, y.external_id, y.invoice_number, y.failure_reason, "
				+ "y.created_at from billing_payment y left join billing_member m on m.id = y.member_id "
				+ "left join billing_plan p on p.id = y.plan_id" + where
				+ " order by y.created_at desc, y.id limit :limit offset :offset", params,
				(rs, i) -> new PaymentRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
						rs.getString(4), rs.getString(5), amount(rs.getBigDecimal(6)), rs.getString(7).trim(),
						rs.getString(8), rs.getString(9), amount(rs.getBigDecimal(10)), rs.getString(11),
						rs.getString(12), rs.getString(13), rs.getTimestamp(14).toInstant()));
		List<Totals> totals = new ArrayList<>();
		long[] count = { 0 };
		this.named.query("select y.currency, sum(case when y.status <> 'FAILED' then 1 else 0 end), "
				+ "sum(case when y.status = 'FAILED' then 1 else 0 end), "
				+ "sum(case when y.refunded_amount > 0 then 1 else 0 end), "
				+ "sum(case when y.status <> 'FAILED' then y.amount else 0 end), sum(y.refunded_amount) "
				+ "from billing_payment y"
				+ (q != null && !q.isBlank() ? " left join billing_member m on m.id = y.member_id" : "") + where
				+ " group by y.currency order by y.currency", params, rs -> {
					BigDecimal collected = rs.getBigDecimal(5);
					BigDecimal refunded = rs.getBigDecimal(6);
					totals.add(new Totals(rs.getString(1).trim(), rs.getLong(2), rs.getLong(3), rs.getLong(4),
							amount(collected), amount(refunded), amount(collected.subtract(refunded))));
					count[0] += rs.getLong(2) + rs.getLong(3);
				});
		return new PaymentPage(rows, page, size, count[0], (long) (page + 1) * size < count[0], totals);
	}

	BillingPage<EventRow> events(@Nullable String type, int page, int size) {
		MapSqlParameterSource params = params(page, size);
		String where = "";
		if (type != null && !type.isBlank()) {
			where = " where e.type = :type";
			params.addValue("type", type);
		}
		List<EventRow> rows = this.named.query(
				"select e.id, e.gateway, e.type, e.created_at, e.received_at, e.result, e.detail, e.payload "
						+ "from billing_webhook_event e" + where
						+ " order by e.received_at desc, e.id limit :limit offset :offset",
				params,
				(rs, i) -> new EventRow(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getString(6),
						rs.getString(7), rs.getString(8)));
		long total = count(rows.size(), page, size, "select count(*) from billing_webhook_event e" + where, params);
		return BillingPage.of(rows, page, size, total);
	}

	/** Adds the payment list's date and status filters (alias {@code y}). */
	static void paymentFilter(StringBuilder where, MapSqlParameterSource params, @Nullable Instant from,
			@Nullable Instant to, @Nullable String status) {
		if (from != null) {
			where.append(" and y.created_at >= :from");
			params.addValue("from", java.sql.Timestamp.from(from));
		}
		if (to != null) {
			where.append(" and y.created_at < :to");
			params.addValue("to", java.sql.Timestamp.from(to));
		}
		if (status != null) {
			where.append(" and y.status = :status");
			params.addValue("status", status);
		}
	}

	/**
	 * Adds the search, status and plan filters; returns whether they need the
	 * subscription.
	 */
	static boolean filter(StringBuilder where, MapSqlParameterSource params, @Nullable String q,
			@Nullable SubscriptionStatus status, @Nullable UUID planId) {
		if (q != null && !q.isBlank()) {
			where.append(" and m.search_text like :q escape '\\'");
			params.addValue("q",
					"%" + MemberDirectory.searchable(q.strip())
						.replace("\\", "\\\\")
						.replace("%", "\\%")
						.replace("_", "\\_") + "%");
		}
		if (status != null) {
			where.append(" and ").append(status.condition("s"));
		}
		if (planId != null) {
			where.append(" and s.plan_id = :planId");
			params.addValue("planId", planId);
		}
		return status != null || planId != null;
	}

	private MapSqlParameterSource params(int page, int size) {
		return new MapSqlParameterSource("limit", size).addValue("offset", (long) page * size)
			.addValue("now", java.sql.Timestamp.from(this.clock.instant()));
	}

	/** The total, without a query when this first page already holds every row. */
	private long count(int rows, int page, int size, String sql, MapSqlParameterSource params) {
		if (page == 0 && rows < size) {
			return rows;
		}
		return total(sql, params);
	}

	private long total(String sql, MapSqlParameterSource params) {
		Long total = this.named.queryForObject(sql, params, Long.class);
		return total != null ? total : 0;
	}

	private static String order(@Nullable String sort, Map<String, String> allowed, String fallback, String tieBreak) {
		String field = fallback;
		String direction = "asc";
		if (sort != null && !sort.isBlank()) {
			String[] parts = sort.split(",", 2);
			field = parts[0].strip();
			if (parts.length > 1) {
				direction = parts[1].strip().toLowerCase(Locale.ROOT);
			}
			if (!allowed.containsKey(field) || !(direction.equals("asc") || direction.equals("desc"))) {
				throw DomainException.invalid("sort", "INVALID_SORT",
						"must be one of " + String.join(", ", allowed.keySet().stream().sorted().toList())
								+ ", optionally followed by ,asc or ,desc");
			}
		}
		return allowed.get(field) + " " + direction + ", " + tieBreak + " " + direction;
	}

	static String amount(@Nullable BigDecimal value) {
		if (value == null) {
			return "0";
		}
		BigDecimal plain = value.stripTrailingZeros();
		return (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
	}

}
