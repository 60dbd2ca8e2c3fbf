package app.vitalia.recognition.insights;

/** Writes text from a system and a user message. */
public interface ChatModel {

	/** Whether calls are made at all (an API key is configured). */
	boolean enabled();

	/**
	 * @throws app.vitalia.platform.OutboundCallFailed when the service could not answer
	 * after its retries, or its breaker is open
	 * @throws NoAnswer when it answered without text
	 */
	String complete(String system, String user);

	/** The service answered, but with no text (a refusal, a tool call, a filter). */
	class NoAnswer extends RuntimeException {

		public NoAnswer(String message) {
			super(message, null, false, false);
		}

	}

}
