package app.vitalia.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Private object storage for uploaded files: a local directory with upload URLs signed
 * and served by the application (default), or an S3 bucket with presigned PUT URLs. Keys
 * are made by the application, never taken from a client. When an upload lands,
 * {@link ObjectStored} is published (by the local upload endpoint, or from the bucket's
 * object-created notification).
 */
public interface ObjectStorage {

	/**
	 * A URL the client PUTs exactly one object to: bound to the key, the content type,
	 * the declared length (at most {@code maxBytes}) and an expiry.
	 */
	UploadTicket uploadTicket(String key, String contentType, long maxBytes, Duration validFor);

	/** The object's bytes, empty when there is none under the key. */
	Optional<byte[]> read(String key);

	boolean exists(String key);

	void write(String key, byte[] bytes, String contentType);

	/** Deletes the object; deleting a missing object is not an error. */
	void delete(String key);

	/** {@code local} or {@code s3}. */
	String kind();

	/**
	 * How to upload: {@code method} to {@code url} with {@code headers}, before
	 * {@code expiresAt}. A relative URL is relative to the application's own address.
	 */
	record UploadTicket(String url, String method, Map<String, String> headers, Instant expiresAt) {
	}

	/** An object was created under {@code key}. */
	record ObjectStored(String key, long size) {
	}

}
