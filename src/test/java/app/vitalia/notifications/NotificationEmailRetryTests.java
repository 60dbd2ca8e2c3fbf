package app.vitalia.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.notifications.channels.EmailQueue;
import app.vitalia.support.HttpTest;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Over real SMTP (GreenMail): a recipient the server refuses is retried with backoff
 * while everyone else's email goes out, and goes out once the server accepts it.
 */
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
// closed after the class: a cached context would go on running other tests' background
// jobs
// (the reminder job, say) against the shared database and send their mail to a stopped
// SMTP server
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NotificationEmailRetryTests extends HttpTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	EmailQueue emails;

	@Autowired
	JdbcTemplate jdbc;

	void register(String email) {
		assertThat(this.api
			.post("/api/auth/register", Map.of("email", email, "password", "correct horse battery staple",
					"displayName", "Ana", "locale", "en"), null)
			.status()).isEqualTo(201);
	}

	static List<MimeMessage> withUnsubscribe(String recipient) throws MessagingException {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessagesForDomain(recipient)) {
			if (message.getHeader("List-Unsubscribe") != null) {
				found.add(message);
			}
		}
		return found;
	}

	@Test
	void aRefusedRecipientIsRetriedWithBackoffWithoutHoldingBackOthers() throws Exception {
		String failing = "refused-" + UUID.randomUUID() + "@example.com";
		String fine = "fine-" + UUID.randomUUID() + "@example.com";
		UserManager users = smtp.getUserManager();
		MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
		users.setMessageDeliveryHandler((message, address) -> {
			if (address.getEmail().equals(failing)) {
				throw new MessagingException("mailbox unavailable");
			}
			return deliver.handle(message, address);
		});
		try {
			register(failing);
			register(fine);
			await().until(() -> this.emails.to(failing).stream().anyMatch(mail -> mail.attempts() >= 1)
					&& this.emails.to(fine).stream().anyMatch(mail -> mail.status().equals("SENT")));
			EmailQueue.Queued refused = this.emails.to(failing).get(0);
			assertThat(refused.status()).isEqualTo("PENDING");
			// the welcome, not the address verification (a security message, sent in
			// either order, without an unsubscribe link)
			await().until(() -> withUnsubscribe(fine).size() == 1);
			MimeMessage welcome = withUnsubscribe(fine).get(0);
			assertThat(welcome.getHeader("List-Unsubscribe")[0])
				.startsWith("<http://localhost:8080/api/notifications/unsubscribe/");
			assertThat(welcome.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
			assertThat(welcome.getContentType()).startsWith("multipart/");
			Long waiting = this.jdbc.queryForObject(
					"select count(*) from notifications_email where id = ? and next_attempt_at > current_timestamp",
					Long.class, refused.id());
			assertThat(waiting).isEqualTo(1);
		}
		finally {
			users.setMessageDeliveryHandler(deliver);
		}
		this.jdbc.update("update notifications_email set next_attempt_at = current_timestamp where recipient = ?",
				failing);
		this.emails.sendDue();
		assertThat(this.emails.to(failing)).allMatch(mail -> mail.status().equals("SENT"));
		assertThat(smtp.getReceivedMessagesForDomain(failing)).isNotEmpty();
	}

}
