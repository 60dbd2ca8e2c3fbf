package app.vitalia.platform;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import app.vitalia.support.HttpTest;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Production mail: with {@code spring.mail.host} set, email goes out over SMTP (GreenMail
 * plays the server) after the transaction commits, and not to the dev outbox.
 */
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
// closed after the class: a cached context would go on running other tests' background
// jobs
// (the reminder job, say) against the shared database and send their mail to a stopped
// SMTP server
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SmtpMailTests extends HttpTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Test
	void verificationEmailGoesOutOverSmtp() throws Exception {
		String email = "smtp-" + UUID.randomUUID() + "@example.com";
		assertThat(this.api
			.post("/api/auth/register", Map.of("email", email, "password", "correct horse battery staple",
					"displayName", "Ana", "locale", "en"), null)
			.status()).isEqualTo(201);
		// the welcome notification goes out too, in either order
		MimeMessage message = await().atMost(Duration.ofSeconds(10))
			.until(() -> received(email, "Confirm your email for Vitalia"), Objects::nonNull);
		assertThat(GreenMailUtil.getBody(message)).contains("/verify-email?token=");
		assertThat(
				this.api.get("/api/admin/outbox?to=" + email, this.api.admin()).body().path("totalElements").asLong())
			.isZero();
	}

	private static @Nullable MimeMessage received(String recipient, String subject) throws MessagingException {
		for (MimeMessage message : smtp.getReceivedMessagesForDomain(recipient)) {
			if (subject.equals(message.getSubject())) {
				return message;
			}
		}
		return null;
	}

}
