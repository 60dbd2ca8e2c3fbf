package app.vitalia.recognition;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code vitalia.recognition.*}: meal photos and their analysis.
 *
 * @param recognizer {@code none} (members pick the foods) or {@code rekognition}
 * @param rekognitionEndpoint another Rekognition endpoint (a local stub)
 * @param rekognitionRegion the Rekognition region (the AWS SDK's own lookup when unset)
 * @param minConfidence labels below this confidence (0–100) are not asked for
 * @param maxUpload the largest photo accepted
 * @param uploadUrlValidFor how long an upload URL works
 * @param retention how long photos are kept
 * @param maxAttempts analysis attempts before a photo becomes a dead letter
 */
@ConfigurationProperties("vitalia.recognition")
record RecognitionProperties(@Nullable String recognizer, @Nullable String rekognitionEndpoint,
		@Nullable String rekognitionRegion, @Nullable Float minConfidence, @Nullable DataSize maxUpload,
		@Nullable Duration uploadUrlValidFor, @Nullable Duration retention, @Nullable Integer maxAttempts) {

	RecognitionProperties {
		recognizer = recognizer == null || recognizer.isBlank() ? "none"
				: recognizer.trim().toLowerCase(java.util.Locale.ROOT);
		rekognitionEndpoint = rekognitionEndpoint == null || rekognitionEndpoint.isBlank() ? null : rekognitionEndpoint;
		rekognitionRegion = rekognitionRegion == null || rekognitionRegion.isBlank() ? null : rekognitionRegion;
		minConfidence = minConfidence == null ? 70f : minConfidence;
		maxUpload = maxUpload == null ? DataSize.ofMegabytes(10) : maxUpload;
		uploadUrlValidFor = uploadUrlValidFor == null ? Duration.ofMinutes(15) : uploadUrlValidFor;
		retention = retention == null ? Duration.ofDays(30) : retention;
		maxAttempts = maxAttempts == null ? 3 : maxAttempts;
	}

}
