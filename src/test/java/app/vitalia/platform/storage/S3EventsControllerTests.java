package app.vitalia.platform.storage;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.vitalia.platform.DomainException;
import app.vitalia.platform.ObjectStorage.ObjectStored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Object-created notifications in MinIO's and AWS's shapes, behind the bearer token. */
class S3EventsControllerTests {

	private final List<Object> published = new ArrayList<>();

	private final S3EventsController controller = new S3EventsController(
			new StorageProperties("s3", null, null, "meal-photos", null, null, "events-token"), this.published::add);

	@Test
	void aMinioNotificationRaisesObjectStoredWithTheDecodedKey() {
		String minio = """
				{"EventName":"s3:ObjectCreated:Put","Key":"meal-photos/meal-photos/u1/p1","Records":[{"eventVersion":"2.0",
				 "eventSource":"minio:s3","eventName":"s3:ObjectCreated:Put","s3":{"bucket":{"name":"meal-photos"},
				 "object":{"key":"meal-photos%2Fu1%2Fp1","size":482113,"contentType":"image/jpeg"}}}]}""";

		assertThat(this.controller.objectCreated("Bearer events-token", minio)).isEqualTo(1);

		assertThat(this.published).containsExactly(new ObjectStored("meal-photos/u1/p1", 482113));
	}

	@Test
	void anAwsRecordCountsAndOtherBucketsRemovalsAndTestEventsDoNot() {
		String aws = """
				{"Records":[
				 {"eventVersion":"2.1","eventSource":"aws:s3","eventName":"ObjectCreated:Put",
				  "s3":{"bucket":{"name":"meal-photos"},"object":{"key":"meal-photos/u1/lunch+photo","size":10}}},
				 {"eventName":"ObjectRemoved:Delete","s3":{"bucket":{"name":"meal-photos"},"object":{"key":"x","size":1}}},
				 {"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"other"},"object":{"key":"y","size":1}}}]}""";

		assertThat(this.controller.objectCreated("Bearer events-token", aws)).isEqualTo(1);
		assertThat(this.controller.objectCreated("Bearer events-token", "{\"Event\":\"s3:TestEvent\"}")).isZero();

		assertThat(this.published).containsExactly(new ObjectStored("meal-photos/u1/lunch photo", 10));
	}

	@Test
	void withoutTheTokenNothingIsRaised() {
		assertThatThrownBy(() -> this.controller.objectCreated("Bearer wrong", "{\"Records\":[]}"))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.kind().status()).isEqualTo(401));
		assertThatThrownBy(() -> this.controller.objectCreated(null, "{\"Records\":[]}"))
			.isInstanceOf(DomainException.class);
		assertThat(this.published).isEmpty();
	}

}
