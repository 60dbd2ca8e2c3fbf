package app.vitalia.billing;

import java.io.Serializable;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a member's subscription; the bare UUID in JSON.
 */
public record SubscriptionId(@JsonValue UUID id) implements Serializable {

	/** The subscription with that id. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static SubscriptionId of(UUID id) {
		return new SubscriptionId(id);
	}

	/** The bare UUID, as in URLs, logs and keys built from it. */
	@Override
	public String toString() {
		return this.id.toString();
	}

}
