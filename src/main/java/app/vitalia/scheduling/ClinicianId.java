package app.vitalia.scheduling;

import java.io.Serializable;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a clinician (a doctor or a nutritionist taking appointments), which is their
 * account's id; the bare UUID in JSON.
 */
public record ClinicianId(@JsonValue UUID id) implements Serializable {

	/** The clinician with that account id. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ClinicianId of(UUID id) {
		return new ClinicianId(id);
	}

	/** The bare UUID, as in URLs, logs and keys built from it. */
	@Override
	public String toString() {
		return this.id.toString();
	}

}
