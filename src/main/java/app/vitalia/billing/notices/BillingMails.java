package app.vitalia.billing.notices;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import app.vitalia.billing.PaymentFailed;
import app.vitalia.billing.admin.MemberDirectory;
import app.vitalia.billing.catalog.Money;
import app.vitalia.platform.Mailer;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Billing's emails to members, in their language: each failed payment (with the next
 * retry, or the end of the subscription after the last), and the notice of a price change
 * at their next renewal.
 */
@Component
public class BillingMails {

	private final Mailer mailer;

	private final MessageSource messages;

	private final MemberDirectory members;

	private final String publicUrl;

	public BillingMails(Mailer mailer, MessageSource messages, MemberDirectory members,
			@Value("${vitalia.public-url}") String publicUrl) {
		this.mailer = mailer;
		this.messages = messages;
		this.members = members;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@ApplicationModuleListener
	public void on(PaymentFailed failed) {
		MemberDirectory.Member member = this.members.lookup(failed.memberId().id()).orElse(null);
		if (member == null) {
			return; // the member deleted their account
		}
		Locale locale = Locale.forLanguageTag(member.locale());
		String amount = failed.amount().toPlainString() + " " + failed.currency();
		String key = failed.nextRetryAt() != null ? "billing.mail.failed" : "billing.mail.ended";
		send(member, locale, key, member.displayName(), amount, date(failed.nextRetryAt(), locale),
				this.publicUrl + "/billing");
	}

	public void priceMoved(UUID memberId, Money price, Instant from) {
		MemberDirectory.Member member = this.members.lookup(memberId).orElse(null);
		if (member == null) {
			return; // the member deleted their account: nobody to tell
		}
		Locale locale = Locale.forLanguageTag(member.locale());
		send(member, locale, "billing.mail.price", member.displayName(), price.toString(), date(from, locale),
				this.publicUrl + "/billing");
	}

	private void send(MemberDirectory.Member member, Locale locale, String key, Object... args) {
		this.mailer.send(member.email(), this.messages.getMessage(key + ".subject", args, locale),
				this.messages.getMessage(key + ".body", args, locale));
	}

	private static String date(@Nullable Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC)
			.format(instant);
	}

}
