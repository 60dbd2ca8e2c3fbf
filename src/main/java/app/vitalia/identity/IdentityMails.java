package app.vitalia.identity;

import java.util.Locale;

import app.vitalia.identity.accounts.Account;
import app.vitalia.platform.Mailer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The account emails, in the account's language, with links into the web app.
 */
@Component
public class IdentityMails {

	private final Mailer mailer;

	private final MessageSource messages;

	private final String publicUrl;

	public IdentityMails(Mailer mailer, MessageSource messages, @Value("${vitalia.public-url}") String publicUrl) {
		this.mailer = mailer;
		this.messages = messages;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	public void verification(Account account, String token) {
		send(account, "identity.mail.verify", this.publicUrl + "/verify-email?token=" + token);
	}

	public void passwordReset(Account account, String token) {
		send(account, "identity.mail.reset", this.publicUrl + "/reset-password?token=" + token);
	}

	public void invitation(Account account, String token) {
		send(account, "identity.mail.invite", this.publicUrl + "/reset-password?token=" + token);
	}

	private void send(Account account, String key, String link) {
		Locale locale = Locale.forLanguageTag(account.getLocale());
		String subject = this.messages.getMessage(key + ".subject", null, locale);
		String body = this.messages.getMessage(key + ".body", new Object[] { account.getDisplayName(), link }, locale);
		this.mailer.send(account.getEmail(), subject, body);
	}

}
