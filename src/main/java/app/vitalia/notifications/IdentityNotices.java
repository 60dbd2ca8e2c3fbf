package app.vitalia.notifications;

import app.vitalia.identity.AccountRegistered;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Identity's events: a new account is welcomed.
 */
@Component
class IdentityNotices {

	private final Notifications notifications;

	IdentityNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(AccountRegistered registered) {
		this.notifications.notifyMember(Kind.WELCOME, registered.accountId().id(), "welcome",
				new Object[] { registered.displayName() }, "/");
	}

}
