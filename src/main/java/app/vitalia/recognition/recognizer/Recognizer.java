package app.vitalia.recognition.recognizer;

import java.util.List;

/** Finds what is in an image. */
public interface Recognizer {

	/** {@code none} or {@code rekognition}. */
	String name();

	/** Whether this recogniser finds anything; {@code none} does not. */
	boolean active();

	/**
	 * The labels found in a JPEG.
	 * @throws ImageRefused when the service says the image is not usable (not retried)
	 * @throws app.vitalia.platform.OutboundCallFailed when the service could not answer
	 * after its retries, or its breaker is open or its bulkhead full
	 */
	List<Label> labels(byte[] jpeg);

	/** The service refused the image itself (format, size): retrying cannot help. */
	class ImageRefused extends RuntimeException {

		public ImageRefused(String message) {
			super(message, null, false, false);
		}

	}

}
