package app.vitalia.notifications.channels;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.notifications.Kind;
import app.vitalia.platform.AfterCommit;
import app.vitalia.platform.Mailer;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Emails waiting to be sent, stored in the transaction that decided to send them. Right
 * after that transaction commits (and every half minute, for what a crash or a failure
 * left) the due ones are claimed one by one and sent; a failed one waits an exponentially
 * growing, jittered delay before the next attempt and is given up after the last one. One
 * recipient's failure never holds back the others.
 * <p>
 * Public because JobRunr calls {@link #sendDue()} by reflection.
 */
@Component
public class EmailQueue {

	private static final Logger log = LoggerFactory.getLogger(EmailQueue.class);

	public record Queued(UUID id, String recipient, String status, int attempts) {
	}

	private final JdbcTemplate jdbc;

	private final Mailer mailer;

	private final TaskExecutor executor;

	private final Clock clock;

	private final Deliveries deliveries;

	private final String publicUrl;

	EmailQueue(JdbcTemplate jdbc, Mailer mailer, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			Clock clock, @Value("${vitalia.notifications.email-first-backoff:30s}") Duration firstBackoff,
			@Value("${vitalia.notifications.email-max-attempts:8}") int maxAttempts,
			@Value("${vitalia.public-url}") String publicUrl) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.executor = executor;
		this.clock = clock;
		this.deliveries = new Deliveries(jdbc, "notifications_email", clock, firstBackoff, maxAttempts);
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * Stores the email in the current transaction; it is sent once that commits.
	 */
	public void enqueue(@Nullable UUID memberId, Kind kind, String recipient, MailTemplates.Rendered mail,
			@Nullable String unsubscribeToken) {
		this.jdbc.update(
				"insert into notifications_email (id, member_id, kind, recipient, subject, text_body, "
						+ "html_body, unsubscribe_token, status, attempts, next_attempt_at, created_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
				UUID.randomUUID(), memberId, kind.name(), recipient, mail.subject(), mail.text(), mail.html(),
				unsubscribeToken, Timestamp.from(this.clock.instant()), Timestamp.from(this.clock.instant()));
		AfterCommit.run(() -> this.executor.execute(this::sendDue));
	}

	public String unsubscribeUrl(String token) {
		return this.publicUrl + "/api/notifications/unsubscribe/" + token;
	}

	/**
	 * Sends every email now due.
	 * @return how many went out
	 */
	@Recurring(id = "notifications-send-email", interval = "${vitalia.notifications.email-retry-interval:PT30S}")
	@Job(name = "Send queued notification emails")
	public int sendDue() {
		return this.deliveries.sendEach(this::send);
	}

	private boolean send(UUID id) {
		record Mail(String recipient, String subject, String text, String html, @Nullable String token, int attempts) {
		}
		Mail mail = this.jdbc.queryForObject(
				"select recipient, subject, text_body, html_body, unsubscribe_token, "
						+ "attempts from notifications_email where id = ?",
				(rs, i) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getInt(6)),
				id);
		Map<String, String> headers = new LinkedHashMap<>();
		if (mail.token() != null) {
			// RFC 8058 one-click unsubscribe: mail clients POST to this URL
			headers.put("List-Unsubscribe", "<" + unsubscribeUrl(mail.token()) + ">");
			headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		int attempts = mail.attempts() + 1;
		try {
			this.mailer.sendNow(mail.recipient(), mail.subject(), mail.text(), mail.html(), headers);
			this.deliveries.sent(id, attempts);
			return true;
		}
		catch (MailException ex) {
			boolean last = this.deliveries.failed(id, attempts, ex.getMessage());
			log.warn("Email {} to {} failed (attempt {}{}): {}", id, mail.recipient(), attempts,
					last ? ", giving up" : "", ex.getMessage());
			return false;
		}
	}

	public List<Queued> to(String recipient) {
		return this.jdbc.query(
				"select id, recipient, status, attempts from notifications_email where recipient = ? "
						+ "order by created_at",
				(rs, i) -> new Queued(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4)),
				recipient);
	}

}
