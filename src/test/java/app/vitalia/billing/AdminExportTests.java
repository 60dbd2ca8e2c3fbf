package app.vitalia.billing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.vitalia.billing.admin.MemberDirectory;
import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin CSV exports: the same rows as the lists' filters select, localised headers
 * and values, RFC 4180 quoting, formula cells neutralised, semicolons and a BOM on
 * request. {@link AdminExportStreamingTests} shows that they stream.
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

	private void member(String tag, String name, String email) {
		String address = email.replace("@", "-" + tag + "@");
		this.jdbc.update(
				"insert into billing_member (id, email, display_name, search_text, locale, registered_at) "
						+ "values (?, ?, ?, ?, 'es', ?)",
				UUID.randomUUID(), address, name, MemberDirectory.searchable(name, address),
				Timestamp.from(Instant.now()));
	}

}
