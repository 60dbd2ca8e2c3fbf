package app.vitalia.platform;

/**
 * An outbound HTTP call that did not get a successful answer, after the retries its
 * client allows. The adapter that made the call turns it into its own failure (a
 * fallback, or an unavailable service for its callers).
 */
public class OutboundCallFailed extends RuntimeException {

	/** Why the call failed. */
	public enum Reason {

		/** The client's circuit breaker is open: the call was not made. */
		BREAKER_OPEN,
		/** The client already has as many calls in flight as it allows. */
		BULKHEAD_FULL,
		/** The last attempt ran past the client's time limit. */
		TIMED_OUT,
		/** The last attempt could not connect or read an answer. */
		UNREACHABLE,
		/** The other side answered with an error status, see {@link #status()}. */
		ERROR_STATUS

	}

	private final String client;

	private final Reason reason;

	private final int status;

	OutboundCallFailed(String client, Reason reason, int status, String detail) {
		super(client + ": " + detail, null, false, false);
		this.client = client;
		this.reason = reason;
		this.status = status;
	}

	/** The name of the client whose call failed. */
	public String client() {
		return this.client;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The HTTP status of an {@link Reason#ERROR_STATUS} answer, otherwise 0. */
	public int status() {
		return this.status;
	}

}
