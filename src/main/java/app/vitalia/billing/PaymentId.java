package app.vitalia.billing;

import java.io.Serializable;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a payment (a charge, or a refund) in billing's ledger; the bare UUID in JSON.
 */
public record PaymentId(@JsonValue UUID id) implements Serializable {

	/** The payment with that id. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static PaymentId of(UUID id) {
		return new PaymentId(id);
	}

	/** The bare UUID, as in URLs, logs and keys built from it. */
	@Override
	public String toString() {
		return this.id.toString();
	}

}
