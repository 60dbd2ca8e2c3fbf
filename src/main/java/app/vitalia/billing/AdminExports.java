package app.vitalia.billing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import app.vitalia.billing.SubscriptionStatus;
import app.vitalia.platform.CsvExport;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin payment and member lists as CSV, with the lists' own filters, streamed from a
 * database cursor: the query runs in a read-only transaction (PostgreSQL keeps a cursor
 * only outside autocommit) with a fetch size, and each row is written out as it is read,
 * so memory does not grow with the row count. A client that disconnects makes the next
 * write fail, which closes the cursor and ends the query.
 */
@Component
public class AdminExports {

	static final int FETCH_SIZE = 1000;

	private final NamedParameterJdbcTemplate streaming;

	private final TransactionTemplate reading;

	private final MessageSource messages;

	private final Clock clock;

	public AdminExports(JdbcTemplate jdbc, PlatformTransactionManager transactions, MessageSource messages,
			Clock clock) {
		JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
		cursor.setFetchSize(FETCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(cursor);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.messages = messages;
		this.clock = clock;
	}

	public void payments(@Nullable Instant from, @Nullable Instant to, @Nullable String status, CsvExport csv,
			Locale locale) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		StringBuilder where = new StringBuilder(" where 1 = 1");
		AdminLists.paymentFilter(where, params, from, to, status);
		Map<String, String> texts = new HashMap<>();
		csv.row(headers(locale, "date", "invoice", "member", "email", "plan", "kind", "status", "amount", "refunded",
				"currency", "reference", "failureReason"));
		this.reading.executeWithoutResult(tx -> this.streaming.query("select y.created_at, y.invoice_number, "
				+ "m.display_name, m.email, p.code, y.kind, y.status, y.amount, y.refunded_amount, y.currency, "
				+ "y.external_id, y.failure_reason from billing_payment y left join billing_member m on m.id = y.member_id "
				+ "left join billing_plan p on p.id = y.plan_id" + where + " order by y.created_at desc, y.id", params,
				rs -> {
					csv.row(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), cached(texts, "billing.csv.kind." + rs.getString(6), locale),
							cached(texts, "billing.csv.payment." + rs.getString(7), locale),
							AdminLists.amount(rs.getBigDecimal(8)), AdminLists.amount(rs.getBigDecimal(9)),
							rs.getString(10).trim(), rs.getString(11), rs.getString(12));
				}));
	}

	public void members(@Nullable String q, @Nullable SubscriptionStatus status, @Nullable UUID planId, CsvExport csv,
			Locale locale) {
		MapSqlParameterSource params = new MapSqlParameterSource("now", Timestamp.from(this.clock.instant()));
		StringBuilder where = new StringBuilder(" where 1 = 1");
		AdminLists.filter(where, params, q, status, planId);
		Map<String, String> texts = new HashMap<>();
		csv.row(headers(locale, "name", "email", "registeredAt", "status", "plan", "planName", "periodEnd",
				"cancelAtPeriodEnd"));
		this.reading.executeWithoutResult(tx -> this.streaming.query(
				"select m.display_name, m.email, m.registered_at, " + SubscriptionStatus.sql("s")
						+ ", p.code, p.name, s.current_period_end, s.cancel_at_period_end "
						+ "from billing_member m left join billing_subscription s on s.member_id = m.id "
						+ "left join billing_plan p on p.id = s.plan_id" + where + " order by m.display_name, m.id",
				params, rs -> {
					Timestamp end = rs.getTimestamp(7);
					csv.row(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
							cached(texts, "billing.csv.status." + rs.getString(4), locale), rs.getString(5),
							rs.getString(6), end != null ? end.toInstant() : null,
							rs.getString(5) == null ? null : cached(texts, "billing.csv." + rs.getBoolean(8), locale));
				}));
	}

	private List<String> headers(Locale locale, String... columns) {
		return java.util.Arrays.stream(columns).map(c -> text("billing.csv.column." + c, locale)).toList();
	}

	/** A label looked up once per download, not once per row. */
	private String cached(Map<String, String> texts, String key, Locale locale) {
		return texts.computeIfAbsent(key, k -> text(k, locale));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), locale);
	}

}
