package app.vitalia.billing;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.ConnectionCallback;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin payments export streams: while the client has read only the first rows the
 * query's cursor is still open, and a client that disconnects ends the query. It needs
 * PostgreSQL (the cursor and {@code pg_stat_activity}): without it the test fails rather
 * than passing unseen. It runs in billing's shared context (CI's is on PostgreSQL), not
 * in one of its own.
 */
class AdminExportStreamingTests extends BillingHttpTest {

	@Test
	void theExportStreamsFromAnOpenCursorAndADisconnectEndsTheQuery() throws Exception {
		assertThat(this.jdbc.execute((ConnectionCallback<String>) (c) -> c.getMetaData().getDatabaseProductName()))
			.as("this test needs PostgreSQL on 127.0.0.1:5432")
			.isEqualTo("PostgreSQL");
		UUID planId = this.billing.plan("3.00");
		BillingFixtures.Member member = this.billing.member();
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);
		UUID subscription = this.jdbc.queryForObject("select id from billing_subscription where member_id = ?",
				UUID.class, member.id());
		Instant day = Instant.parse("2019-06-01T00:00:00Z");
		// 200,000 rows take seconds to insert on a busy machine: this connection waits
		// for
		// them longer than the server's 10 s (the pool resets it when it gets it back)
		this.jdbc.execute((ConnectionCallback<Integer>) (c) -> {
			c.setNetworkTimeout(Runnable::run, (int) Duration.ofMinutes(5).toMillis());
			try (PreparedStatement insert = c.prepareStatement("insert into billing_payment (id, subscription_id, "
					+ "member_id, plan_id, amount, currency, status, kind, external_id, refunded_amount, created_at) "
					+ "select gen_random_uuid(), ?, ?, ?, 3.00, 'EUR', 'SUCCEEDED', 'RENEWAL', 'stream_' || g, 0, "
					+ "cast(? as timestamptz) + g * interval '1 second' from generate_series(1, 200000) g")) {
				insert.setObject(1, subscription);
				insert.setObject(2, member.id());
				insert.setObject(3, planId);
				insert.setTimestamp(4, Timestamp.from(day));
				return insert.executeUpdate();
			}
		});
		String admin = this.billing.admin();
		String marker = "y.external_id, y.failure_reason from billing_payment y";
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET /api/admin/payments/export?from=2019-06-01&to=2019-06-30 HTTP/1.1\r\nHost: localhost\r\n"
					+ "Authorization: Bearer " + admin + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] first = in.readNBytes(16 * 1024);
			assertThat(new String(first, StandardCharsets.UTF_8)).contains("200").contains("stream_");
			// the client has read 16 KB of some 20 MB: the query is still going, cursor
			// open
			assertThat(exportQueries(marker)).isEqualTo(1);
		}
		long open = exportQueries(marker);
		for (int i = 0; i < 100 && open > 0; i++) {
			Thread.sleep(100);
			open = exportQueries(marker);
		}
		assertThat(open).as("export queries still open after the client left").isZero();
	}

	private long exportQueries(String marker) {
		Long count = this.jdbc.queryForObject(
				"select count(*) from pg_stat_activity where datname = current_database() "
						+ "and state in ('active', 'idle in transaction') and query like ? and pid <> pg_backend_pid()",
				Long.class, "%" + marker + "%");
		return count != null ? count : 0;
	}

}
