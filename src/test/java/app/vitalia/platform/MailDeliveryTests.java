package app.vitalia.platform;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import app.vitalia.support.HttpTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mail outbox with SMTP configured: an email is stored in the transaction that sends
 * it, survives a delivery that fails (the server is down here, as it could be gone in a
 * crash), and goes out on a later round; a rolled-back transaction sends nothing.
 */
@TestPropertySource(
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3026", "vitalia.mail.retry-interval=PT1H" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailDeliveryTests extends HttpTest {

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aStoredEmailOutlivesAFailedDeliveryAndGoesOutOnALaterRound() throws MessagingException {
		String to = "late-" + UUID.randomUUID() + "@example.com";
		new TransactionTemplate(this.transactions)
			.executeWithoutResult(status -> this.mailer.send(to, "Hello", "Body"));
		// the round right after commit finds no server: the email stays, with its error
		await().atMost(Duration.ofSeconds(10)).until(() -> row(to).get("attempts").equals(1));
		Map<String, Object> failed = row(to);
		assertThat(failed.get("status")).isEqualTo("PENDING");
		assertThat((String) failed.get("last_error")).isNotBlank();
		assertThat(this.api.get("/api/admin/outbox?to=" + to, this.api.admin()).body().path("totalElements").asLong())
			.isZero();

		GreenMail server = new GreenMail(new ServerSetup(3026, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		try {
			this.jdbc.update("update platform_mail_outbox set next_attempt_at = ? where recipient = ?",
					Timestamp.from(Instant.now().minusSeconds(1)), to);
			assertThat(this.mailer.deliverDue()).isPositive();
			MimeMessage[] received = server.getReceivedMessages();
			assertThat(Arrays.stream(received).filter(message -> sentTo(message, to))).hasSize(1);
			assertThat(this.jdbc.queryForObject("select count(*) from platform_mail_outbox where recipient = ?",
					Integer.class, to))
				.as("a delivered email is not kept")
				.isZero();
		}
		finally {
			server.stop();
		}
	}

	@Test
	void aRolledBackTransactionStoresNoEmail() {
		String to = "never-" + UUID.randomUUID() + "@example.com";
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			this.mailer.send(to, "Hello", "Body");
			status.setRollbackOnly();
		});
		assertThat(this.jdbc.queryForObject("select count(*) from platform_mail_outbox where recipient = ?",
				Integer.class, to))
			.isZero();
	}

	private Map<String, Object> row(String to) {
		return this.jdbc
			.queryForMap("select status, attempts, last_error from platform_mail_outbox where recipient = ?", to);
	}

	private static boolean sentTo(MimeMessage message, String to) {
		try {
			return message.getAllRecipients()[0].toString().equals(to);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
