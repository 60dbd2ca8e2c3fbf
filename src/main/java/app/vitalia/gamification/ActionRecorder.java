package app.vitalia.gamification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import app.vitalia.gamification.rules.Trigger;
import app.vitalia.gamification.scoring.Evaluation;
import app.vitalia.members.MemberId;
import app.vitalia.members.MemberProfiles;

import org.springframework.stereotype.Component;

/**
 * What the listeners share: the member's local day of the action (their profile's time
 * zone at that instant) and the payload kept in the log.
 */
@Component
class ActionRecorder {

	private final Evaluation evaluation;

	private final MemberProfiles profiles;

	private final JsonMapper json;

	ActionRecorder(Evaluation evaluation, MemberProfiles profiles, JsonMapper json) {
		this.evaluation = evaluation;
		this.profiles = profiles;
		this.json = json;
	}

	void record(String sourceId, UUID memberId, Trigger type, Instant at, Map<String, ?> payload) {
		record(sourceId, memberId, type, at, at.atZone(this.profiles.zoneOf(MemberId.of(memberId))).toLocalDate(),
				payload);
	}

	void record(String sourceId, UUID memberId, Trigger type, Instant at, LocalDate localDate, Map<String, ?> payload) {
		this.evaluation.record(sourceId, memberId, type, at, localDate, this.json.writeValueAsString(payload));
	}

	/** An action on a local day already known. */
	record Action(String sourceId, UUID memberId, Trigger type, Instant at, LocalDate localDate,
			Map<String, ?> payload) {
	}

	/** Logs and evaluates a batch of actions in one transaction. */
	void recordAll(List<Action> actions) {
		this.evaluation.recordAll(actions.stream()
			.map(action -> new Evaluation.NewAction(action.sourceId(), action.memberId(), action.type(), action.at(),
					action.localDate(), this.json.writeValueAsString(action.payload())))
			.toList());
	}

}
