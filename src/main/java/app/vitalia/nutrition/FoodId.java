package app.vitalia.nutrition;

import java.io.Serializable;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a food of the catalog (USDA, the starter set or a member's own); the bare
 * UUID in JSON.
 */
public record FoodId(@JsonValue UUID id) implements Serializable {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static FoodId of(UUID id) {
		return new FoodId(id);
	}

	/** The bare UUID, as in URLs, logs and keys built from it. */
	@Override
	public String toString() {
		return this.id.toString();
	}

}
