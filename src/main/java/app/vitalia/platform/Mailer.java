package app.vitalia.platform;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends email: plain text after commit ({@link #send}), or text and HTML at once for
 * callers that retry ({@link #sendNow}). With SMTP configured ({@code SPRING_MAIL_HOST})
 * mail goes out after the current transaction commits, so a rolled-back change never
 * emails anyone. Without SMTP (the embedded default) every message is written to the log
 * and to the dev outbox, which admins read at {@code GET /api/admin/outbox}.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final @Nullable JavaMailSender smtp;

	private final OutboxMessages outbox;

	private final String from;

	private final TaskExecutor executor;

	private final Clock clock;

	Mailer(ObjectProvider<JavaMailSender> smtp, OutboxMessages outbox, @Value("${vitalia.mail.from}") String from,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
		this.smtp = smtp.getIfAvailable();
		this.clock = clock;
		this.executor = executor;
		this.outbox = outbox;
		this.from = from;
	}

	public void send(String to, String subject, String body) {
		if (this.smtp == null) {
			log.info("Email to {} | {}\n{}", to, subject, body);
			this.outbox.save(new OutboxMessage(UUID.randomUUID(), to, subject, body, this.clock.instant()));
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Mailer.this.executor.execute(() -> deliver(message));
				}
			});
		}
		else {
			deliver(message);
		}
	}

	/**
	 * Sends a message with a text and an HTML part and extra headers (for example
	 * {@code List-Unsubscribe}) now, on the calling thread, so the caller can retry it:
	 * an SMTP failure is thrown. Without SMTP the text part goes to the log and the dev
	 * outbox.
	 * @throws MailException when the SMTP server refuses or cannot be reached
	 */
	public void sendNow(String to, String subject, String text, String html, Map<String, String> headers) {
		if (this.smtp == null) {
			log.info("Email to {} | {}\n{}", to, subject, text);
			this.outbox.save(new OutboxMessage(UUID.randomUUID(), to, subject, text, this.clock.instant()));
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

	private void deliver(SimpleMailMessage message) {
		try {
			this.smtp.send(message);
		}
		catch (MailException ex) {
			log.error("Email to {} could not be sent: {}", message.getTo(), ex.getMessage());
		}
	}

}
