package app.vitalia.gamification;

import java.util.Map;

import app.vitalia.gamification.referrals.Invitations;
import app.vitalia.gamification.rules.Trigger;
import app.vitalia.identity.AccountRegistered;
import app.vitalia.identity.EmailVerified;
import app.vitalia.identity.LoggedIn;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Identity's events: sign-ins are logged; registrations and verified addresses complete
 * invitations.
 */
@Component
class IdentityActions {

	private final ActionRecorder recorder;

	private final Invitations invitations;

	IdentityActions(ActionRecorder recorder, Invitations invitations) {
		this.recorder = recorder;
		this.invitations = invitations;
	}

	@ApplicationModuleListener
	void on(LoggedIn loggedIn) {
		this.recorder.record("logged-in:" + loggedIn.accountId().id() + ":" + loggedIn.at().toEpochMilli(),
				loggedIn.accountId().id(), Trigger.LOGGED_IN, loggedIn.at(), Map.of());
	}

	@ApplicationModuleListener
	void on(AccountRegistered registered) {
		this.invitations.registered(registered.accountId().id(), registered.email());
	}

	@ApplicationModuleListener
	void on(EmailVerified verified) {
		this.invitations.verified(verified.accountId().id(), verified.at());
	}

}
