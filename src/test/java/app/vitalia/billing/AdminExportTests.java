package app.vitalia.billing;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin CSV exports: the same rows as the lists' filters select, localised headers
 * and values, RFC 4180 quoting, formula cells neutralised, semicolons and a BOM on
 * request; and they stream: while the client has read only the first rows the query's
 * cursor is still open, and a client that disconnects ends the query.
 */
class AdminExportTests extends BillingHttpTest {

	@Test
	void theMembersExportHoldsTheFilteredRowsSafelyQuotedInTheReadersLanguage() {
		String tag = "exp" + UUID.randomUUID().toString().substring(0, 8);
		member(tag, "=HYPERLINK(\"http://evil\")", "a@example.com");
		member(tag, "Pérez, \"Pepe\"", "b@example.com");
		member(tag, "-2+3", "c@example.com");
		member(tag, "@SUM(A1)", "d@example.com");
		member(tag, "Ana", "e@example.com");
		String admin = this.billing.admin();

		Response english = this.api
			.raw(this.api.builder("/api/admin/members/export?q=" + tag, admin).header("Accept-Language", "en").GET());
		assertThat(english.status()).isEqualTo(200);
		assertThat(english.contentType()).startsWith("text/csv");
		assertThat(english.header("Content-Disposition")).startsWith("attachment").contains("members.csv");
		List<String> lines = english.raw().body().lines().toList();
		assertThat(lines.get(0))
			.isEqualTo("Name,Email,Registered,Status,Plan,Plan name,Period end,Cancels at period end");
		assertThat(lines).hasSize(1 + 5);
		assertThat(english.raw().body()).contains("\r\n")
			.contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
			.contains("\"Pérez, \"\"Pepe\"\"\"")
			.contains("'-2+3,")
			.contains("'@SUM(A1),")
			.contains("Ana,e-" + tag + "@example.com,")
			.contains(",No subscription,");
		long listed = this.api.get("/api/admin/members?size=100&q=" + tag, admin).body().path("totalElements").asLong();
		assertThat(lines).hasSize(1 + (int) listed);

		Response spanish = this.api
			.raw(this.api.builder("/api/admin/members/export?separator=semicolon&bom=true&status=NONE&q=" + tag, admin)
				.header("Accept-Language", "es")
				.GET());
		assertThat(spanish.raw().body()).startsWith("\uFEFFNombre;Correo;Registro;Estado;")
			.contains(";Sin suscripción;")
			.contains("\"Pérez, \"\"Pepe\"\"\"");
		assertThat(this.api.get("/api/admin/members/export?separator=tab", admin).status()).isEqualTo(400);
		assertThat(this.api.get("/api/admin/members/export?status=SLEEPING", admin).status()).isEqualTo(400);
		assertThat(this.api.get("/api/admin/members/export", this.api.newMember()).status()).isEqualTo(403);
	}

	@Test
	void thePaymentsExportHoldsTheRowsOfTheListsFilters() {
		UUID planId = this.billing.plan("7.00");
		BillingFixtures.Member member = this.billing.member();
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);
		String admin = this.billing.admin();
		String from = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
		Response page = this.api.get("/api/admin/payments?size=100&status=SUCCEEDED&from=" + from, admin);
		Response csv = this.api.raw(this.api.builder("/api/admin/payments/export?status=SUCCEEDED&from=" + from, admin)
			.header("Accept-Language", "en")
			.GET());
		assertThat(csv.status()).isEqualTo(200);
		List<String> lines = csv.raw().body().lines().toList();
		assertThat(lines.get(0))
			.isEqualTo("Date,Invoice,Member,Email,Plan,Kind,Status,Amount,Refunded,Currency,Reference,Failure reason");
		assertThat(lines).hasSize(1 + (int) page.body().path("totalElements").asLong());
		assertThat(lines.subList(1, lines.size())).allMatch(line -> line.contains(",Paid,"));
		assertThat(csv.raw().body()).contains(",Sign-up,Paid,7.00,0.00,");
		assertThat(this.api.get("/api/admin/payments/export?from=yesterday", admin).status()).isEqualTo(400);
		assertThat(this.api.get("/api/admin/payments/export?status=LOST", admin).status()).isEqualTo(400);
	}

	@Test
	void theExportStreamsFromAnOpenCursorAndADisconnectEndsTheQuery() throws Exception {
		String url = this.jdbc.getDataSource().getConnection().getMetaData().getURL();
		Assumptions.assumeTrue(url.startsWith("jdbc:postgresql:"), "cursor and pg_stat_activity need PostgreSQL");
		UUID planId = this.billing.plan("3.00");
		BillingFixtures.Member member = this.billing.member();
		this.billing.subscribe(member, planId, BillingFixtures.GOOD_CARD);
		UUID subscription = this.jdbc.queryForObject("select id from billing_subscription where member_id = ?",
				UUID.class, member.id());
		Instant day = Instant.parse("2019-06-01T00:00:00Z");
		this.jdbc.update("insert into billing_payment (id, subscription_id, member_id, plan_id, amount, currency, "
				+ "status, kind, external_id, refunded_amount, created_at) select gen_random_uuid(), ?, ?, ?, 3.00, "
				+ "'EUR', 'SUCCEEDED', 'RENEWAL', 'stream_' || g, 0, cast(? as timestamptz) + g * interval '1 second' "
				+ "from generate_series(1, 200000) g", subscription, member.id(), planId, Timestamp.from(day));
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

	private void member(String tag, String name, String email) {
		String address = email.replace("@", "-" + tag + "@");
		this.jdbc.update(
				"insert into billing_member (id, email, display_name, search_text, locale, registered_at) "
						+ "values (?, ?, ?, ?, 'es', ?)",
				UUID.randomUUID(), address, name, MemberDirectory.searchable(name, address),
				Timestamp.from(Instant.now()));
	}

}
