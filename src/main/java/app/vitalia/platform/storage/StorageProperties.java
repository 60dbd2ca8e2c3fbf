package app.vitalia.platform.storage;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vitalia.storage.*}: where uploaded objects live.
 *
 * @param type {@code local} (a directory, upload URLs signed by the application) or
 * {@code s3}
 * @param directory the local directory
 * @param signingSecret the HMAC key of local upload URLs; every instance needs the same
 * one (a random key per start when unset, fine for one instance)
 * @param bucket the S3 bucket (private)
 * @param endpoint an S3-compatible server instead of AWS (path-style addressing)
 * @param region the S3 region (the AWS SDK's own lookup when unset)
 * @param eventsToken the bearer token S3-compatible servers send with object-created
 * notifications; notifications are refused while it is unset
 */
@ConfigurationProperties("vitalia.storage")
public record StorageProperties(@Nullable String type, @Nullable Path directory, @Nullable String signingSecret,
		@Nullable String bucket, @Nullable String endpoint, @Nullable String region, @Nullable String eventsToken) {

	public StorageProperties {
		type = (type == null || type.isBlank()) ? "local" : type.trim().toLowerCase(java.util.Locale.ROOT);
		directory = directory == null ? Path.of("data", "uploads") : directory;
		signingSecret = blankToNull(signingSecret);
		bucket = blankToNull(bucket);
		endpoint = blankToNull(endpoint);
		region = blankToNull(region);
		eventsToken = blankToNull(eventsToken);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
