package app.vitalia.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.platform.mail.OutboxMessages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends email: plain text through the mail outbox ({@link #send}), or text and HTML at
 * once for callers that keep their own queue ({@link #sendNow}).
 * <p>
 * {@link #send} stores the message in the caller's transaction, one insert, and nothing
 * else happens on the caller's path: a rolled-back change never emails anyone, and a
 * committed one never loses its email, even to a crash right after the commit. With SMTP
 * configured ({@code SPRING_MAIL_HOST}) the stored messages are delivered in batches
 * right after commit, and every half minute whatever a crash or a failing server left
 * behind; a delivered message is deleted, a failing one retried with a growing delay and
 * kept as {@code FAILED} after the last attempt. Without SMTP (the embedded default) the
 * stored row is the message, "sent" to the dev outbox that admins read at
 * {@code GET /api/admin/outbox}. Bodies are logged at DEBUG only: they hold links that
 * sign people in.
 * <p>
 * Public because JobRunr calls {@link #deliverDue()} by reflection.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	/** How long a claimed batch is left to its sender before another instance retries. */
	static final Duration LEASE = Duration.ofMinutes(5);

	static final int BATCH = 100;

	private final @Nullable JavaMailSender smtp;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final MultiRowInsert rows;

	private final String from;

	private final TaskExecutor executor;

	private final Clock clock;

	private final Duration firstBackoff;

	private final int maxAttempts;

	/**
	 * A delivery round is queued or running: commits meanwhile need not queue another.
	 */
	private final AtomicBoolean delivering = new AtomicBoolean();

	Mailer(ObjectProvider<JavaMailSender> smtp, JdbcTemplate jdbc, NamedParameterJdbcTemplate named,
			MultiRowInsert rows, @Value("${vitalia.mail.from}") String from,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor,
			@Value("${vitalia.mail.first-backoff:30s}") Duration firstBackoff,
			@Value("${vitalia.mail.max-attempts:8}") int maxAttempts, Clock clock) {
		this.smtp = smtp.getIfAvailable();
		this.jdbc = jdbc;
		this.named = named;
		this.rows = rows;
		this.clock = clock;
		this.executor = executor;
		this.from = from;
		this.firstBackoff = firstBackoff;
		this.maxAttempts = maxAttempts;
	}

	/** A plain-text email, ready to store. */
	public record Letter(String to, String subject, String body) {
	}

	/**
	 * Forgets every message to the address, sent or waiting (in the caller's
	 * transaction): the person it belongs to deleted their account, and messages waiting
	 * for them would reach nobody who asked for them.
	 */
	public void forget(String address) {
		this.jdbc.update("delete from platform_mail_outbox where recipient = ?", address);
	}

	/**
	 * Stores the message in the current transaction (or on its own outside one); it goes
	 * out once that commits.
	 */
	public void send(String to, String subject, String body) {
		sendAll(List.of(new Letter(to, subject, body)));
	}

	/**
	 * Stores the letters in the current transaction (or on their own outside one), in one
	 * statement; they go out once that commits.
	 */
	public void sendAll(List<Letter> letters) {
		if (letters.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		List<Object[]> rows = new ArrayList<>(letters.size());
		for (Letter letter : letters) {
			log.debug("Email to {} | {}\n{}", letter.to(), letter.subject(), letter.body());
			rows.add(new Object[] { UUID.randomUUID(), letter.to(), letter.subject(), letter.body(),
					Timestamp.from(now), this.smtp == null ? OutboxMessages.DEV_OUTBOX : "PENDING",
					this.smtp == null ? null : Timestamp.from(now) });
		}
		this.rows.rows("platform_mail_outbox", "id, recipient, subject, body, created_at, status, next_attempt_at",
				rows);
		if (this.smtp == null) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake();
				}
			});
		}
		else {
			wake();
		}
	}

	/**
	 * Sends a message with a text and an HTML part and extra headers (for example
	 * {@code List-Unsubscribe}) now, on the calling thread, so the caller can retry it:
	 * an SMTP failure is thrown. Without SMTP the text part goes to the dev outbox.
	 * @throws MailException when the SMTP server refuses or cannot be reached
	 */
	public void sendNow(String to, String subject, String text, String html, Map<String, String> headers) {
		if (this.smtp == null) {
			send(to, subject, text);
			return;
		}
		MimeMessage message = this.smtp.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(text, html);
			for (Map.Entry<String, String> header : headers.entrySet()) {
				message.setHeader(header.getKey(), header.getValue());
			}
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		this.smtp.send(message);
	}

	/**
	 * Queues one delivery round unless one is already queued: under load, many commits
	 * share a round, and a round drains everything due.
	 */
	private void wake() {
		if (this.delivering.compareAndSet(false, true)) {
			this.executor.execute(() -> {
				this.delivering.set(false);
				deliverDue();
			});
		}
	}

	/**
	 * Delivers every stored message now due, a batch at a time, when SMTP is configured.
	 * @return how many went out
	 */
	@Recurring(id = "platform-deliver-mail", interval = "${vitalia.mail.retry-interval:PT30S}")
	@Job(name = "Deliver stored emails")
	public int deliverDue() {
		if (this.smtp == null) {
			return 0;
		}
		int sent = 0;
		List<Pending> batch;
		do {
			batch = claim(this.clock.instant());
			sent += deliver(batch);
		}
		while (batch.size() == BATCH);
		return sent;
	}

	private record Pending(UUID id, String recipient, String subject, String body, int attempts) {
	}

	/**
	 * Claims up to a batch of due messages for this round: marked with a token of its own
	 * and leased, so another instance's round leaves them alone.
	 */
	private List<Pending> claim(Instant now) {
		List<UUID> due = this.jdbc
			.queryForList("select id from platform_mail_outbox where status = 'PENDING' and next_attempt_at <= ? "
					+ "order by next_attempt_at limit " + BATCH, UUID.class, Timestamp.from(now));
		if (due.isEmpty()) {
			return List.of();
		}
		UUID token = UUID.randomUUID();
		MapSqlParameterSource params = new MapSqlParameterSource("token", token)
			.addValue("leased", Timestamp.from(now.plus(LEASE)))
			.addValue("now", Timestamp.from(now))
			.addValue("ids", due);
		this.named.update("update platform_mail_outbox set claim = :token, next_attempt_at = :leased "
				+ "where id in (:ids) and status = 'PENDING' and next_attempt_at <= :now", params);
		return this.named.query(
				"select id, recipient, subject, body, attempts from platform_mail_outbox where claim = :token", params,
				(rs, i) -> new Pending(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getInt(5)));
	}

	private int deliver(List<Pending> batch) {
		List<UUID> delivered = new ArrayList<>(batch.size());
		for (Pending mail : batch) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(mail.recipient());
			message.setSubject(mail.subject());
			message.setText(mail.body());
			try {
				this.smtp.send(message);
				delivered.add(mail.id());
			}
			catch (MailException ex) {
				failed(mail, ex);
			}
		}
		if (!delivered.isEmpty()) {
			this.named.update("delete from platform_mail_outbox where id in (:ids)",
					new MapSqlParameterSource("ids", delivered));
		}
		return delivered.size();
	}

	private void failed(Pending mail, MailException ex) {
		int attempts = mail.attempts() + 1;
		boolean last = attempts >= this.maxAttempts;
		String error = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		if (last) {
			log.error("Email {} to {} could not be sent after {} attempts, giving up: {}", mail.id(), mail.recipient(),
					attempts, error);
		}
		else {
			log.warn("Email {} to {} could not be sent (attempt {}): {}", mail.id(), mail.recipient(), attempts, error);
		}
		this.jdbc.update(
				"update platform_mail_outbox set status = ?, attempts = ?, next_attempt_at = ?, claim = null, "
						+ "last_error = ? where id = ?",
				last ? "FAILED" : "PENDING", attempts,
				Timestamp.from(this.clock.instant().plus(backoff(attempts, this.firstBackoff))),
				error.length() <= 1000 ? error : error.substring(0, 1000), mail.id());
	}

	/** First backoff × 2^(attempt−1), at most six hours. */
	static Duration backoff(int attempt, Duration first) {
		long base = first.toMillis() << Math.min(attempt - 1, 20);
		return Duration.ofMillis(Math.min(base, Duration.ofHours(6).toMillis()));
	}

}
