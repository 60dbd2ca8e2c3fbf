package app.vitalia.billing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.vitalia.billing.bulk.BillingDemoData;
import app.vitalia.identity.Role;
import app.vitalia.identity.bulk.AccountImports;
import app.vitalia.identity.bulk.ImportedAccount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class BillingDemoDataTests extends BillingHttpTest {

	@Autowired
	BillingDemoData demo;

	@Autowired
	AccountImports accounts;

	@Autowired
	NamedParameterJdbcTemplate named;

	@Autowired
	Renewals renewals;

	@Test
	void demoMembersGetSubscriptionsInEveryStatusAndAYearOfPaymentsWithGapFreeInvoices() {
		List<UUID> ids = new ArrayList<>();
		List<ImportedAccount> imported = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			UUID id = UUID.randomUUID();
			ids.add(id);
			imported.add(new ImportedAccount(id, "billing-demo-" + id + "@demo.vitalia.app", "Demo " + i,
					i % 4 == 0 ? "en" : "es", EnumSet.of(Role.MEMBER)));
		}
		this.accounts.importAccounts(imported, "a demo password for billing");

		BillingDemoData.Seeded seeded = this.demo.seed(ids, 7);

		assertThat(seeded.subscriptions()).isBetween(340, 400);
		assertThat(seeded.payments()).isGreaterThan(seeded.subscriptions() * 10);
		// twelve rows a member on average: the 50,000 members of seed-demo give over
		// 600,000
		assertThat(seeded.payments()).isGreaterThanOrEqualTo(ids.size() * 12);
		List<String> statuses = this.named.queryForList("select distinct " + SubscriptionStatus.sql("s")
				+ " from billing_member m left join billing_subscription s on s.member_id = m.id where m.id in (:ids)",
				Map.of("ids", ids, "now", java.sql.Timestamp.from(this.clock.instant())), String.class);
		assertThat(statuses).containsExactlyInAnyOrder("NONE", "TRIALING", "ACTIVE", "PAST_DUE", "CANCELLED",
				"EXPIRED");
		assertThat(this.named.queryForList("select distinct status from billing_payment where member_id in (:ids)",
				Map.of("ids", ids), String.class))
			.containsExactlyInAnyOrder("SUCCEEDED", "FAILED", "REFUNDED");
		assertThat(this.named
			.queryForObject("select count(*) from billing_payment where member_id in (:ids) and refunded_amount > 0 "
					+ "and status = 'SUCCEEDED'", Map.of("ids", ids), Integer.class))
			.isPositive();
		Integer year = this.clock.instant().atZone(java.time.ZoneOffset.UTC).getYear();
		Integer numbered = this.jdbc.queryForObject("select count(*) from billing_payment where invoice_number like ?",
				Integer.class, year + "-%");
		Integer last = this.jdbc.queryForObject(
				"select last_number from billing_invoice_counter where invoice_year = ?", Integer.class, year);
		assertThat(last).isEqualTo(numbered);
		assertThat(this.renewals.due()).doesNotContainAnyElementsOf(this.named.queryForList(
				"select id from billing_subscription where member_id in (:ids) and failed_attempts = 0",
				Map.of("ids", ids), UUID.class));
		assertThat(this.api.get("/api/admin/members?q=billing-demo&size=5", this.billing.admin())
			.body()
			.path("totalElements")
			.asLong()).isEqualTo(400);
	}

}
