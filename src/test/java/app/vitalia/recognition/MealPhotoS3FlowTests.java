package app.vitalia.recognition;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.junit.S3ProxyJunitCore;
import org.jobrunr.jobs.lambdas.JobLambda;
import org.jobrunr.scheduling.JobScheduler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.mockito.invocation.Invocation;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;

import app.vitalia.platform.ObjectStorage;
import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A meal photo end to end with the application in S3 mode against a real S3-compatible
 * server (S3Proxy, started by the test): the member asks for an upload URL, a
 * browser-like client PUTs the photo to the presigned URL (the server refuses another
 * type or length), the bucket's notification and the client's own call complete it (one
 * analysis), the analysis reads, cleans and rewrites the object through the bucket, and
 * the photo ends {@code READY} with no EXIF left in what is stored. The job scheduler is
 * a mock that records the job, which the test then runs as JobRunr would.
 */
@TestPropertySource(properties = { "jobrunr.background-job-server.enabled=false",
		"vitalia.recognition.recognizer=rekognition", "vitalia.recognition.rekognition-region=us-east-1",
		"vitalia.http.clients.rekognition.minimum-calls=1000", "vitalia.storage.type=s3",
		"vitalia.storage.bucket=" + MealPhotoS3FlowTests.BUCKET, "vitalia.storage.region=us-east-1",
		"vitalia.storage.events-token=" + MealPhotoS3FlowTests.EVENTS_TOKEN })
class MealPhotoS3FlowTests extends HttpTest {

	static final String BUCKET = "vitalia-meal-photos";

	static final String EVENTS_TOKEN = "s3 events token for the tests";

	/**
	 * The application reads credentials the AWS SDK's standard way; these system
	 * properties are the ones the Rekognition tests set, so both agree in one JVM.
	 */
	static final String ACCESS_KEY = "test";

	static final String SECRET_KEY = "test";

	/**
	 * One server for the class, started before the application context is made (the JUnit
	 * extension would start one per test, after the context reads its address).
	 */
	static final S3ProxyJunitCore S3 = new S3ProxyJunitCore.Builder()
		.withCredentials(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY)
		.build();

	static final WireMockServer rekognition = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	static {
		rekognition.start();
		System.setProperty("aws.accessKeyId", ACCESS_KEY);
		System.setProperty("aws.secretAccessKey", SECRET_KEY);
		try {
			S3.beforeEach();
		}
		catch (Exception ex) {
			throw new IllegalStateException("S3Proxy did not start", ex);
		}
	}

	@DynamicPropertySource
	static void endpoints(DynamicPropertyRegistry registry) {
		registry.add("vitalia.recognition.rekognition-endpoint", rekognition::baseUrl);
		registry.add("vitalia.storage.endpoint", () -> S3.getUri().toString());
	}

	@MockitoBean
	JobScheduler jobs;

	@Autowired
	ObjectStorage storage;

	private PhotoPlans plans;

	private static S3Client s3() {
		return S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.US_EAST_1)
			.endpointOverride(S3.getUri())
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
			.build();
	}

	@BeforeAll
	static void bucket() {
		try (S3Client s3 = s3()) {
			s3.createBucket(request -> request.bucket(BUCKET));
		}
	}

	@AfterAll
	static void stop() {
		S3.afterEach();
	}

	@BeforeEach
	void stub() {
		rekognition.resetAll();
		rekognition.stubFor(
				RekognitionStub.detectLabels().willReturn(RekognitionStub.labels(RekognitionStub.PIZZA_AND_SALAD)));
		this.plans = new PhotoPlans(this.api);
		Mockito.clearInvocations(this.jobs);
	}

	@Test
	void aPhotoGoesThroughThePrivateBucketToReadyWithoutItsGpsTags() throws Exception {
		assertThat(this.storage.kind()).isEqualTo("s3");
		String member = this.plans.memberWith("PHOTO_ANALYSIS");
		String memberId = this.api.get("/api/me", member).text("id");
		byte[] photo = TestPhotos.jpegWithGps(800, 600);
		assertThat(TestPhotos.contains(photo, "Exif")).isTrue();

		Response issued = this.api.post("/api/meal-photos",
				Map.of("contentType", "image/jpeg", "sizeBytes", photo.length, "meal", "LUNCH"), member);
		assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);
		String id = issued.text("photoId");
		String key = "meal-photos/" + memberId + "/" + id;
		String url = issued.text("uploadUrl");
		// a presigned PUT straight to the bucket, under a key the application made
		assertThat(url).startsWith(S3.getUri() + "/" + BUCKET + "/" + key + "?")
			.contains("X-Amz-Signature=", "X-Amz-Expires=");
		assertThat(issued.text("method")).isEqualTo("PUT");
		assertThat(issued.body().path("headers").path("Content-Type").asString()).isEqualTo("image/jpeg");

		// the server, not the application, refuses another type or a longer body
		HttpResponse<String> png = put(url, "image/png", photo);
		assertThat(png.statusCode()).isEqualTo(403);
		assertThat(png.body()).contains("SignatureDoesNotMatch");
		byte[] longer = java.util.Arrays.copyOf(photo, photo.length + 100);
		assertThat(put(url, "image/jpeg", longer).statusCode()).isEqualTo(403);
		assertThat(this.storage.exists(key)).isFalse();
		Response early = this.api.post("/api/meal-photos/" + id + "/uploaded", Map.of(), member);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.text("code")).isEqualTo("UPLOAD_MISSING");

		assertThat(put(url, "image/jpeg", photo).statusCode()).isEqualTo(200);
		try (S3Client s3 = s3()) {
			HeadObjectResponse head = s3.headObject(request -> request.bucket(BUCKET).key(key));
			assertThat(head.contentType()).isEqualTo("image/jpeg");
			assertThat(head.contentLength()).isEqualTo(photo.length);
		}
		// private: the object's address without a signature gives nothing
		assertThat(
				this.api.raw(HttpRequest.newBuilder(URI.create(S3.getUri() + "/" + BUCKET + "/" + key)).GET()).status())
			.isEqualTo(403);

		// the bucket's notification (AWS's shape, key URL-encoded), then the client's
		// call twice: one analysis
		Response notified = this.api.raw(HttpRequest.newBuilder(URI.create(this.api.base() + "/api/storage/events"))
			.header("Authorization", "Bearer " + EVENTS_TOKEN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(objectCreated(key, photo.length))));
		assertThat(notified.status()).as(notified.body().toString()).isEqualTo(200);
		await().atMost(java.time.Duration.ofSeconds(10)).until(() -> enqueued().size() == 1);
		for (int i = 0; i < 2; i++) {
			Response uploaded = this.api.post("/api/meal-photos/" + id + "/uploaded", Map.of(), member);
			assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(200);
			assertThat(uploaded.text("status")).isEqualTo("ANALYSING");
		}
		assertThat(enqueued()).hasSize(1);
		assertThat(enqueued().get(0).getArguments()[0]).isEqualTo(MealPhotos.analysisJobId(UUID.fromString(id), null));

		// the job as JobRunr runs it, twice (a retry after a crash): one recogniser call
		JobLambda job = (JobLambda) enqueued().get(0).getArguments()[1];
		job.run();
		job.run();

		JsonNode ready = this.api.get("/api/meal-photos/" + id, member).body();
		assertThat(ready.path("status").asString()).as(ready.toString()).isEqualTo("READY");
		assertThat(ready.path("candidates").valueStream().map(c -> c.path("label").asString())).containsExactly("Pizza",
				"Salad");
		assertThat(RekognitionStub.calls(rekognition)).isEqualTo(1);

		// what the bucket keeps, read back through the application and straight from S3
		byte[] kept = this.storage.read(key).orElseThrow();
		try (S3Client s3 = s3()) {
			assertThat(s3.getObjectAsBytes(request -> request.bucket(BUCKET).key(key)).asByteArray()).isEqualTo(kept);
			ListObjectsV2Response listed = s3.listObjectsV2(request -> request.bucket(BUCKET).prefix(key));
			assertThat(listed.contents()).extracting(S3Object::key).containsExactly(key);
		}
		assertThat(TestPhotos.segments(kept)).doesNotContain(0xe1);
		assertThat(TestPhotos.contains(kept, "Exif")).isFalse();
		var image = ImageIO.read(new ByteArrayInputStream(kept));
		assertThat(image.getWidth()).isEqualTo(800);
		assertThat(image.getHeight()).isEqualTo(600);
	}

	private List<Invocation> enqueued() {
		return Mockito.mockingDetails(this.jobs)
			.getInvocations()
			.stream()
			.filter(invocation -> invocation.getMethod().getName().equals("enqueue"))
			.toList();
	}

	/**
	 * A PUT on a connection of its own, as a browser retries one: S3Proxy's server may
	 * close a connection after refusing a body it did not read, without saying so, and a
	 * pooled client then sends the next PUT down the closed connection ("header parser
	 * received no bytes", about once in 300 refusals on this machine).
	 */
	private static HttpResponse<String> put(String url, String contentType, byte[] body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", contentType)
				.PUT(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String objectCreated(String key, long size) {
		return """
				{"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
				"eventName":"ObjectCreated:Put","s3":{"s3SchemaVersion":"1.0",
				"bucket":{"name":"%s","arn":"arn:aws:s3:::%s"},
				"object":{"key":"%s","size":%d,"eTag":"d41d8cd98f00b204e9800998ecf8427e"}}}]}""".formatted(BUCKET,
				BUCKET, URLEncoder.encode(key, StandardCharsets.UTF_8), size);
	}

}
