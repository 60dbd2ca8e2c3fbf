package app.vitalia.identity;

import java.io.Serializable;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of any account: a member's, a clinician's or an admin's. Written as the bare
 * UUID in JSON.
 */
public record AccountId(@JsonValue UUID id) implements Serializable {

	/** An account's id, also as read back from JSON. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AccountId of(UUID id) {
		return new AccountId(id);
	}

	/** The bare UUID, as in URLs, logs and keys built from it. */
	@Override
	public String toString() {
		return this.id.toString();
	}

}
