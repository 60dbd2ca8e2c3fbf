package app.vitalia.gamification;

import java.util.Map;

import app.vitalia.gamification.rules.Trigger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * This module's own invitations: an accepted one counts for the inviter.
 */
@Component
class ReferralActions {

	private final ActionRecorder recorder;

	ReferralActions(ActionRecorder recorder) {
		this.recorder = recorder;
	}

	@ApplicationModuleListener
	void on(ReferralAccepted accepted) {
		this.recorder.record("referral:" + accepted.invitationId(), accepted.inviterId().id(),
				Trigger.REFERRAL_ACCEPTED, accepted.acceptedAt(), Map.of("inviteeId", accepted.inviteeId().toString()));
	}

}
