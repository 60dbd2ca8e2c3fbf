package app.vitalia.platform.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PutObjectPresignRequest;

import app.vitalia.platform.ObjectStorage;

/**
 * Objects in a private S3 bucket (or an S3-compatible server). Upload URLs are SigV4
 * presigned PUTs with the content type and the exact length among the signed headers, so
 * S3 refuses another type or size with 403.
 */
public class S3Storage implements ObjectStorage {

	private final S3Client s3;

	private final S3Presigner presigner;

	private final String bucket;

	private final Clock clock;

	public S3Storage(S3Client s3, S3Presigner presigner, String bucket, Clock clock) {
		this.s3 = s3;
		this.presigner = presigner;
		this.bucket = bucket;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return "s3";
	}

	public String bucket() {
		return this.bucket;
	}

	@Override
	public UploadTicket uploadTicket(String key, String contentType, long maxBytes, Duration validFor) {
		PresignedPutObjectRequest presigned = this.presigner.presignPutObject(PutObjectPresignRequest.builder()
			.signatureDuration(validFor)
			.putObjectRequest(PutObjectRequest.builder()
				.bucket(this.bucket)
				.key(key)
				.contentType(contentType)
				.contentLength(maxBytes)
				.build())
			.build());
		Instant expires = presigned.expiration() != null ? presigned.expiration() : this.clock.instant().plus(validFor);
		// the browser sets Content-Length itself; it must equal the declared size
		return new UploadTicket(presigned.url().toString(), "PUT", Map.of("Content-Type", contentType), expires);
	}

	@Override
	public Optional<byte[]> read(String key) {
		try {
			return Optional.of(this.s3.getObjectAsBytes(GetObjectRequest.builder().bucket(this.bucket).key(key).build())
				.asByteArray());
		}
		catch (NoSuchKeyException missing) {
			return Optional.empty();
		}
	}

	@Override
	public boolean exists(String key) {
		try {
			this.s3.headObject(request -> request.bucket(this.bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException missing) {
			return false;
		}
		catch (software.amazon.awssdk.services.s3.model.S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	@Override
	public void write(String key, byte[] bytes, String contentType) {
		this.s3.putObject(PutObjectRequest.builder().bucket(this.bucket).key(key).contentType(contentType).build(),
				RequestBody.fromBytes(bytes));
	}

	@Override
	public void delete(String key) {
		this.s3.deleteObject(DeleteObjectRequest.builder().bucket(this.bucket).key(key).build());
	}

}
