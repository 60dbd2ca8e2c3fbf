package app.vitalia.notifications;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import app.vitalia.billing.SubscriptionActivated;
import app.vitalia.billing.SubscriptionId;
import app.vitalia.billing.SubscriptionRenewing;
import app.vitalia.members.MemberId;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Billing's events as billing publishes them (in its transaction): a renewal notice
 * reaches the member once per subscription and period however often it is delivered, and
 * an activated subscription is logged for gamification.
 */
class BillingNoticesTests extends HttpTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRenewalNoticeIsSentOncePerSubscriptionAndPeriod() {
		String email = "renewing-" + UUID.randomUUID() + "@example.com";
		this.api.post("/api/auth/register", Map.of("email", email, "password", "correct horse battery staple",
				"displayName", "Rosa", "locale", "es"), null);
		String token = this.api.login(email, "correct horse battery staple");
		UUID member = UUID.fromString(this.api.get("/api/me", token).text("id"));
		SubscriptionId subscription = SubscriptionId.of(UUID.randomUUID());
		Instant renewsAt = Instant.parse("2027-01-15T10:00:00Z");
		SubscriptionRenewing renewing = new SubscriptionRenewing(subscription, MemberId.of(member), renewsAt,
				new BigDecimal("9.99"), "EUR");
		publish(renewing);
		publish(renewing);
		publish(new SubscriptionRenewing(subscription, MemberId.of(member), renewsAt.plus(Duration.ofDays(30)),
				new BigDecimal("9.99"), "EUR"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count(token, "SUBSCRIPTION_RENEWING") == 2 && count(token, "WELCOME") == 1);
		JsonNode first = this.api.get("/api/me/notifications?size=100", token).body().path("content");
		assertThat(first.toString()).contains("Tu suscripción se renueva el 15 de enero de 2027 por 9,99");
		// the notice leads to the member's plan page, where the renewal can be changed
		assertThat(first.findValuesAsString("link")).contains("/billing").doesNotContain("/settings");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from notifications_email where recipient = ? and kind = 'SUBSCRIPTION_RENEWING'",
					Integer.class, email) == 2);
		assertThat(this.jdbc.queryForList(
				"select subject from notifications_email where recipient = ? and kind = 'SUBSCRIPTION_RENEWING'",
				String.class, email))
			.containsOnly("Tu suscripción se renueva pronto");

		publish(new SubscriptionActivated(subscription, MemberId.of(member), UUID.randomUUID(), "MONTHLY", renewsAt,
				false));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject("select count(*) from gamification_event where member_id = ? "
					+ "and type = 'SUBSCRIPTION_ACTIVATED'", Integer.class, member) == 1);
	}

	long count(String token, String kind) {
		long found = 0;
		for (JsonNode item : this.api.get("/api/me/notifications?size=100", token).body().path("content")) {
			if (item.path("kind").asString().equals(kind)) {
				found++;
			}
		}
		return found;
	}

	void publish(Object event) {
		this.transactions.executeWithoutResult(tx -> this.events.publishEvent(event));
	}

}
