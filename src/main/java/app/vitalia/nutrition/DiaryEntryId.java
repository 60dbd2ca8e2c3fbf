package app.vitalia.nutrition;

import java.io.Serializable;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of an entry of a member's food diary; the bare UUID in JSON.
 */
public record DiaryEntryId(@JsonValue UUID id) implements Serializable {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static DiaryEntryId of(UUID id) {
		return new DiaryEntryId(id);
	}

	/** The bare UUID, as in URLs, logs and keys built from it. */
	@Override
	public String toString() {
		return this.id.toString();
	}

}
