package app.vitalia.notifications;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import app.vitalia.billing.SubscriptionRenewing;
import app.vitalia.identity.AccountId;
import app.vitalia.identity.AccountSummary;
import app.vitalia.identity.Accounts;
import app.vitalia.members.MemberId;
import app.vitalia.members.MemberProfiles;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Billing's events: the renewal notice. Billing's daily scan publishes one event per
 * subscription and period; each is handled (and retried) on its own, so one member's
 * failure does not stop the others, and the marker (subscription, period end) makes it
 * exactly once across restarts and redeliveries.
 */
@Component
class BillingNotices {

	private final Notifications notifications;

	private final Accounts accounts;

	private final MemberProfiles profiles;

	BillingNotices(Notifications notifications, Accounts accounts, MemberProfiles profiles) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.profiles = profiles;
	}

	@ApplicationModuleListener
	void on(SubscriptionRenewing renewing) {
		Locale locale = this.accounts.find(AccountId.of(renewing.memberId().id()))
			.map(AccountSummary::locale)
			.map(Locale::forLanguageTag)
			.orElse(Locale.forLanguageTag("es"));
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.format(renewing.renewsAt().atZone(this.profiles.zoneOf(renewing.memberId())));
		NumberFormat money = NumberFormat.getCurrencyInstance(locale);
		money.setCurrency(Currency.getInstance(renewing.currency()));
		this.notifications.notifyMember(Kind.SUBSCRIPTION_RENEWING, renewing.memberId().id(),
				renewing.subscriptionId() + "/" + renewing.renewsAt(),
				new Object[] { date, money.format(renewing.amount()) }, "/billing");
	}

}
