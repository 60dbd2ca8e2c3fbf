package app.vitalia.gamification;

import java.time.Instant;
import java.time.LocalDate;
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

}
