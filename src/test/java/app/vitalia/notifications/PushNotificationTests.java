package app.vitalia.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.notifications.PushStub.Browser;
import app.vitalia.notifications.channels.PushQueue;
import app.vitalia.notifications.channels.PushSubscriptions;
import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Web Push against a local push service ({@link PushStub}) that checks the VAPID token
 * and decrypts each message with the browser's keys, as Chrome's and Firefox's push
 * services and browsers do (they cannot be reached from here).
 */
class PushNotificationTests extends HttpTest {

	static PushStub pushService;

	@Autowired
	Notifications notifications;

	@Autowired
	PushQueue pushes;

	@Autowired
	PushSubscriptions subscriptions;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startPushService() throws Exception {
		pushService = new PushStub();
	}

	@AfterAll
	static void stopPushService() {
		pushService.close();
	}

	record Member(UUID id, String token) {
	}

	Member member(String locale) {
		String email = "push-" + UUID.randomUUID() + "@example.com";
		assertThat(this.api
			.post("/api/auth/register", Map.of("email", email, "password", "correct horse battery staple",
					"displayName", "Lucía", "locale", locale), null)
			.status()).isEqualTo(201);
		String token = this.api.login(email, "correct horse battery staple");
		return new Member(UUID.fromString(this.api.get("/api/me", token).text("id")), token);
	}

	Response subscribe(Member member, Map<String, Object> subscription) {
		return this.api.post("/api/me/push-subscriptions", subscription, member.token());
	}

	void badge(Member member, String name) {
		assertThat(this.notifications.notifyMember(Kind.BADGE_UNLOCKED, member.id(), "push-" + UUID.randomUUID(),
				new Object[] { name }, "/progress"))
			.isTrue();
	}

	@Test
	void aBadgeReachesEachSubscribedBrowserEncryptedAndSignedInTheMembersLanguage() throws Exception {
		Member member = member("en");
		Browser phone = pushService.browser();
		Browser laptop = pushService.browser();
		String publicKey = this.api.get("/api/push/vapid-public-key", member.token()).text("publicKey");
		assertThat(publicKey).matches("[A-Za-z0-9_-]{87}");
		assertThat(subscribe(member, phone.subscription()).status()).isEqualTo(201);
		assertThat(subscribe(member, laptop.subscription()).status()).isEqualTo(201);

		badge(member, "Early bird");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> pushService.deliveriesTo(phone).size() == 1 && pushService.deliveriesTo(laptop).size() == 1);
		assertThat(pushService.refusals()).isEmpty();
		PushStub.Delivery delivery = pushService.deliveriesTo(phone).get(0);
		assertThat(delivery.vapidKey()).isEqualTo(publicKey);
		assertThat(delivery.token().path("aud").asString()).isEqualTo(pushService.origin());
		assertThat(delivery.ttl()).isEqualTo("86400");
		JsonNode shown = phone.decrypt(delivery.body());
		assertThat(shown.path("title").asString()).isEqualTo("New badge: Early bird");
		assertThat(shown.path("body").asString()).contains("“Early bird”");
		assertThat(shown.path("url").asString()).isEqualTo("/progress");
		assertThat(laptop.decrypt(pushService.deliveriesTo(laptop).get(0).body()).path("title").asString())
			.isEqualTo("New badge: Early bird");
		await().until(() -> this.pushes.statuses(member.id()).equals(List.of("SENT", "SENT")));
	}

	@Test
	void aSubscriptionThePushServiceForgotIsRemovedAndAFailingOneRetriedWithoutHoldingBackOthers() throws Exception {
		Member member = member("es");
		Member other = member("es");
		Browser gone = pushService.browser();
		Browser busy = pushService.browser();
		Browser fine = pushService.browser();
		pushService.answer(gone, 410);
		pushService.answer(busy, 503);
		assertThat(subscribe(member, gone.subscription()).status()).isEqualTo(201);
		assertThat(subscribe(member, busy.subscription()).status()).isEqualTo(201);
		assertThat(subscribe(other, fine.subscription()).status()).isEqualTo(201);

		badge(member, "Constancia");
		badge(other, "Constancia");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.subscriptions.of(member.id()).size() == 1 && pushService.deliveriesTo(fine).size() == 1
					&& pushService.deliveriesTo(busy).size() == 1);
		assertThat(this.subscriptions.of(member.id())).extracting(PushSubscriptions.Subscription::endpoint)
			.containsExactly(busy.endpoint());
		assertThat(fine.decrypt(pushService.deliveriesTo(fine).get(0).body()).path("title").asString())
			.isEqualTo("Nueva insignia: Constancia");
		await().until(() -> this.pushes.statuses(member.id()).equals(List.of("PENDING")));
		Integer attempts = this.jdbc.queryForObject(
				"select attempts from notifications_push where member_id = ? and next_attempt_at > current_timestamp",
				Integer.class, member.id());
		assertThat(attempts).isEqualTo(1);

		this.jdbc.update("update notifications_push set next_attempt_at = current_timestamp where member_id = ?",
				member.id());
		this.pushes.sendDue();
		assertThat(this.pushes.statuses(member.id())).containsExactly("SENT");
		assertThat(busy.decrypt(pushService.deliveriesTo(busy).get(1).body()).path("title").asString())
			.isEqualTo("Nueva insignia: Constancia");
	}

	@Test
	void pushFollowsTheMembersPreferenceAndUnsubscribingStopsIt() throws Exception {
		Member member = member("en");
		Browser browser = pushService.browser();
		assertThat(subscribe(member, browser.subscription()).status()).isEqualTo(201);
		assertThat(this.api
			.put("/api/me/notification-preferences",
					List.of(Map.of("kind", "BADGE_UNLOCKED", "channel", "PUSH", "enabled", false)), member.token())
			.status()).isEqualTo(200);
		badge(member, "Quiet");
		assertThat(this.pushes.statuses(member.id())).isEmpty();

		assertThat(this.api
			.delete("/api/me/push-subscriptions?endpoint="
					+ java.net.URLEncoder.encode(browser.endpoint(), java.nio.charset.StandardCharsets.UTF_8),
					member.token())
			.status()).isEqualTo(204);
		assertThat(this.subscriptions.of(member.id())).isEmpty();
	}

	@Test
	void aSubscriptionMovesToWhoeverSubscribedTheBrowserLastAndEachMemberKeepsTheNewestTen() throws Exception {
		Member first = member("en");
		Member second = member("en");
		Browser shared = pushService.browser();
		assertThat(subscribe(first, shared.subscription()).status()).isEqualTo(201);
		assertThat(subscribe(second, shared.subscription()).status()).isEqualTo(201);
		assertThat(this.subscriptions.of(first.id())).isEmpty();
		assertThat(this.subscriptions.of(second.id())).hasSize(1);

		for (int i = 0; i < 11; i++) {
			assertThat(subscribe(second, pushService.browser().subscription()).status()).isEqualTo(201);
		}
		assertThat(this.subscriptions.of(second.id())).hasSize(10)
			.extracting(PushSubscriptions.Subscription::endpoint)
			.doesNotContain(shared.endpoint());
	}

	@Test
	void anEndpointThatIsNotAPushServiceOrKeysOfTheWrongShapeAreRefusedWithTheirFields() throws Exception {
		Member member = member("en");
		Map<String, Object> keys = pushService.browser().subscription();
		@SuppressWarnings("unchecked")
		Map<String, String> good = (Map<String, String>) keys.get("keys");

		Response plainHttp = subscribe(member,
				Map.of("endpoint", "http://fcm.googleapis.com/fcm/send/abc", "keys", good));
		assertThat(plainHttp.status()).isEqualTo(422);
		assertThat(plainHttp.contentType()).startsWith("application/problem+json");
		assertThat(plainHttp.text("code")).isEqualTo("INVALID_PUSH_SUBSCRIPTION");
		assertThat(fields(plainHttp)).containsExactly("endpoint");

		Response internal = subscribe(member, Map.of("endpoint", "https://169.254.169.254/latest", "keys", good));
		assertThat(internal.status()).isEqualTo(422);
		assertThat(internal.body().path("errors").get(0).path("code").asString()).isEqualTo("UNKNOWN_PUSH_SERVICE");

		Response badKeys = subscribe(member, Map.of("endpoint", "https://fcm.googleapis.com/fcm/send/abc", "keys",
				Map.of("p256dh", "BAAA" + "A".repeat(83), "auth", "c2hvcnQ")));
		assertThat(badKeys.status()).isEqualTo(422);
		assertThat(fields(badKeys)).containsExactlyInAnyOrder("keys.p256dh", "keys.auth");

		Response missing = subscribe(member, Map.of("endpoint", "https://fcm.googleapis.com/fcm/send/abc"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(this.subscriptions.of(member.id())).isEmpty();

		Response accepted = subscribe(member,
				Map.of("endpoint", "https://fcm.googleapis.com/fcm/send/abc-" + UUID.randomUUID(), "keys", good));
		assertThat(accepted.status()).isEqualTo(201);
	}

	static List<String> fields(Response response) {
		return response.body().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
	}

}
