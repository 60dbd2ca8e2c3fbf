package app.vitalia.notifications;

import java.util.Locale;

import app.vitalia.gamification.BadgeAwarded;
import app.vitalia.gamification.InvitationSent;
import app.vitalia.identity.AccountId;
import app.vitalia.identity.Accounts;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Gamification's events: a badge unlocked (once per member and badge, whatever replays
 * do) and invitations to friends.
 */
@Component
class GamificationNotices {

	private final Notifications notifications;

	private final Accounts accounts;

	GamificationNotices(Notifications notifications, Accounts accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(BadgeAwarded awarded) {
		String locale = this.accounts.find(AccountId.of(awarded.memberId().id())).map(a -> a.locale()).orElse("es");
		String name = locale.toLowerCase(Locale.ROOT).startsWith("en") ? awarded.nameEn() : awarded.nameEs();
		this.notifications.notifyMember(Kind.BADGE_UNLOCKED, awarded.memberId().id(), awarded.badgeCode(),
				new Object[] { name }, "/progress");
	}

	@ApplicationModuleListener
	void on(InvitationSent sent) {
		this.notifications.notifyAddress(Kind.INVITATION, sent.email(), sent.locale(), sent.invitationId().toString(),
				new Object[] { sent.inviterName() }, sent.link());
	}

}
