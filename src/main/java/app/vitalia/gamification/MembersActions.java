package app.vitalia.gamification;

import java.time.Clock;
import java.util.Map;

import app.vitalia.gamification.rules.Trigger;
import app.vitalia.members.ProfileCompleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Members' events: a completed profile is logged (once per member: it is its own source
 * id).
 */
@Component
class MembersActions {

	private final ActionRecorder recorder;

	private final Clock clock;

	MembersActions(ActionRecorder recorder, Clock clock) {
		this.recorder = recorder;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ProfileCompleted completed) {
		this.recorder.record("profile-completed:" + completed.memberId().id(), completed.memberId().id(),
				Trigger.PROFILE_COMPLETED, this.clock.instant(), Map.of());
	}

}
