package app.vitalia.members;

import java.io.Serializable;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a member, the account of someone who logs food and books appointments; the
 * bare UUID in JSON.
 */
public record MemberId(@JsonValue UUID id) implements Serializable {

	/** The member with that account id. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static MemberId of(UUID id) {
		return new MemberId(id);
	}

	/** The bare UUID, as in URLs, logs and keys built from it. */
	@Override
	public String toString() {
		return this.id.toString();
	}

}
