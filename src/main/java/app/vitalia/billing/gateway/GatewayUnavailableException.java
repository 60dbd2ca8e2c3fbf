package app.vitalia.billing.gateway;

/**
 * The payment gateway could not be reached or failed on its side; answered with 503 so
 * the client may retry (with the same Idempotency-Key).
 */
public class GatewayUnavailableException extends RuntimeException {

	public GatewayUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
