package app.vitalia.notifications.channels;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import app.vitalia.notifications.Kind;
import app.vitalia.platform.AfterCommit;
import app.vitalia.platform.OutboundCallFailed;
import app.vitalia.platform.OutboundHttp;
import com.interaso.webpush.WebPush;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Web Push messages waiting to be sent, one per subscription of the member, stored in the
 * transaction that decided to send them and sent right after it commits (and by a
 * recurring job, for what a crash or a failure left), as {@link EmailQueue} does with
 * emails. Each message is encrypted for its browser (RFC 8291, {@code aes128gcm}) and
 * signed with the server's VAPID key (RFC 8292). A push service that answers 404 or 410
 * has forgotten the subscription, so Vitalia forgets it too; 429, 5xx and network
 * failures are retried with backoff; other refusals are given up at once.
 * <p>
 * Public because JobRunr calls {@link #sendDue()} by reflection.
 */
@Component
public class PushQueue {

	/** The outbound HTTP client's name: {@code vitalia.http.clients.push.*}. */
	static final String CLIENT = "push";

	private static final Logger log = LoggerFactory.getLogger(PushQueue.class);

	/**
	 * What the service worker shows: texts in the member's language, a path in the app.
	 */
	public record Message(String title, String body, String url) {
	}

	private final JdbcTemplate jdbc;

	private final PushSubscriptions subscriptions;

	private final ObjectProvider<WebPush> webPush;

	private final OutboundHttp.Client http;

	private final JsonMapper json;

	private final TaskExecutor executor;

	private final Clock clock;

	private final Deliveries deliveries;

	private final int ttlSeconds;

	PushQueue(JdbcTemplate jdbc, PushSubscriptions subscriptions, ObjectProvider<WebPush> webPush,
			OutboundHttp outbound, JsonMapper json, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			Clock clock, PushProperties properties) {
		this.jdbc = jdbc;
		this.subscriptions = subscriptions;
		this.webPush = webPush;
		this.http = outbound.client(CLIENT);
		this.json = json;
		this.executor = executor;
		this.clock = clock;
		this.deliveries = new Deliveries(jdbc, "notifications_push", clock, properties.firstBackoff(),
				properties.maxAttempts());
		this.ttlSeconds = (int) Math.min(Integer.MAX_VALUE, properties.ttl().toSeconds());
	}

	/** The public key browsers subscribe with, base64url (the application server key). */
	public String publicKey() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(this.webPush.getObject().getVapidKeys().getApplicationServerKey());
	}

	/**
	 * Stores the message for each of the member's subscriptions in the current
	 * transaction; they are sent once it commits.
	 * @return how many were queued (none when the member has no subscription)
	 */
	public int enqueue(UUID memberId, Kind kind, Message message) {
		String payload = this.json.writeValueAsString(
				new Message(shorten(message.title(), 200), shorten(message.body(), 1000), message.url()));
		Timestamp now = Timestamp.from(this.clock.instant());
		int queued = 0;
		for (PushSubscriptions.Subscription subscription : this.subscriptions.of(memberId)) {
			queued += this.jdbc.update(
					"insert into notifications_push (id, member_id, subscription_id, kind, payload, status, "
							+ "attempts, next_attempt_at, created_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
					UUID.randomUUID(), memberId, subscription.id(), kind.name(), payload, now, now);
		}
		if (queued > 0) {
			AfterCommit.run(() -> this.executor.execute(this::sendDue));
		}
		return queued;
	}

	/**
	 * Sends every push message now due.
	 * @return how many push services took theirs
	 */
	@Recurring(id = "notifications-send-push", interval = "${vitalia.notifications.push.retry-interval:PT30S}")
	@Job(name = "Send queued push notifications")
	public int sendDue() {
		return this.deliveries.sendEach(this::send);
	}

	/** The status of each message queued for the member, oldest first (for tests). */
	public List<String> statuses(UUID memberId) {
		return this.jdbc.queryForList(
				"select status from notifications_push where member_id = ? order by created_at, id", String.class,
				memberId);
	}

	private boolean send(UUID id) {
		record Queued(UUID subscription, String payload, int attempts) {
		}
		Queued queued = this.jdbc.queryForObject(
				"select subscription_id, payload, attempts from notifications_push where id = ?",
				(rs, i) -> new Queued(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)), id);
		int attempts = queued.attempts() + 1;
		PushSubscriptions.Target target = this.subscriptions.target(queued.subscription());
		if (target == null) {
			this.jdbc.update("delete from notifications_push where id = ?", id);
			return false;
		}
		byte[] body;
		try {
			body = this.webPush.getObject()
				.getBody(queued.payload().getBytes(StandardCharsets.UTF_8), target.p256dh(), target.auth());
		}
		catch (RuntimeException ex) {
			this.deliveries.giveUp(id, attempts, "cannot encrypt for this subscription: " + ex.getMessage());
			return false;
		}
		try {
			this.http.call(() -> this.http.rest()
				.post()
				.uri(URI.create(target.endpoint()))
				.headers(headers -> this.webPush.getObject()
					.getHeaders(target.endpoint(), this.ttlSeconds, null, WebPush.Urgency.Normal)
					.forEach(headers::set))
				.body(body)
				.retrieve()
				.toBodilessEntity());
			this.deliveries.sent(id, attempts);
			return true;
		}
		catch (OutboundCallFailed ex) {
			failed(id, target, attempts, ex);
			return false;
		}
	}

	private void failed(UUID id, PushSubscriptions.Target target, int attempts, OutboundCallFailed ex) {
		int status = ex.status();
		if (status == 404 || status == 410) {
			log.info("Push service forgot subscription {} ({}): removing it", target.id(), status);
			this.subscriptions.remove(target.id());
		}
		else if (status == 0 || status == 429 || status >= 500) {
			boolean last = this.deliveries.failed(id, attempts, ex.getMessage());
			log.warn("Push {} to subscription {} failed (attempt {}{}): {}", id, target.id(), attempts,
					last ? ", giving up" : "", ex.getMessage());
		}
		else {
			this.deliveries.giveUp(id, attempts, ex.getMessage());
			log.warn("Push {} to subscription {} refused, not retried: {}", id, target.id(), ex.getMessage());
		}
	}

	private static String shorten(@Nullable String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
