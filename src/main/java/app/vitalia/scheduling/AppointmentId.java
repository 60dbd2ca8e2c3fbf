package app.vitalia.scheduling;

import java.io.Serializable;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of an appointment; the bare UUID in JSON.
 */
public record AppointmentId(@JsonValue UUID id) implements Serializable {

	/** The appointment with that id, also as read back from an event. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AppointmentId of(UUID id) {
		return new AppointmentId(id);
	}

	/** The bare UUID, as in URLs, logs and keys built from it. */
	@Override
	public String toString() {
		return this.id.toString();
	}

}
