package app.vitalia.recognition;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.jobrunr.jobs.lambdas.JobLambda;
import org.jobrunr.scheduling.JobScheduler;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.Mockito;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import app.vitalia.platform.ObjectStorage;
import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meal photo from upload URL to diary, with local storage and a Rekognition stub. The
 * tests run the analysis job themselves: the job scheduler is a mock that records what is
 * enqueued, so no other test context's job server (sharing the database, without this
 * recogniser or storage directory) runs these jobs first.
 */
@TestPropertySource(properties = { "jobrunr.background-job-server.enabled=false",
		"vitalia.recognition.recognizer=rekognition", "vitalia.recognition.rekognition-region=us-east-1",
		"vitalia.recognition.max-attempts=2", "vitalia.http.clients.rekognition.first-backoff=20ms",
		"vitalia.http.clients.rekognition.minimum-calls=1000", "vitalia.storage.directory=target/test-uploads" })
class MealPhotoFlowTests extends HttpTest {

	static final WireMockServer rekognition = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	static {
		rekognition.start();
		System.setProperty("aws.accessKeyId", "test");
		System.setProperty("aws.secretAccessKey", "test");
	}

	@DynamicPropertySource
	static void endpoint(DynamicPropertyRegistry registry) {
		registry.add("vitalia.recognition.rekognition-endpoint", rekognition::baseUrl);
	}

	@MockitoBean
	JobScheduler jobs;

	@Autowired
	PhotoAnalysis analysis;

	@Autowired
	MealPhotos photos;

	@Autowired
	ObjectStorage storage;

	@Autowired
	JdbcTemplate jdbc;

	private PhotoPlans plans;

	private String today;

	@BeforeEach
	void stub() {
		rekognition.resetAll();
		rekognition.stubFor(
				RekognitionStub.detectLabels().willReturn(RekognitionStub.labels(RekognitionStub.PIZZA_AND_SALAD)));
		this.plans = new PhotoPlans(this.api);
		this.today = LocalDate.now(ZoneId.of("Europe/Madrid")).toString();
	}

	@Test
	void withoutThePlanFeatureNoUploadUrlIsIssued() {
		String member = this.plans.memberWith("AI_SUMMARY");

		Response refused = this.api.post("/api/meal-photos", Map.of("contentType", "image/jpeg", "sizeBytes", 1000),
				member);

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.text("code")).isEqualTo("PLAN_REQUIRED");
		assertThat(refused.text("detail")).contains("/pricing");
	}

	@Test
	void otherTypesAndLargerPhotosAreRefusedBeforeAnyUrl() {
		String member = this.plans.memberWith("PHOTO_ANALYSIS");

		Response gif = this.api.post("/api/meal-photos", Map.of("contentType", "image/gif", "sizeBytes", 1000), member);
		Response huge = this.api.post("/api/meal-photos",
				Map.of("contentType", "image/jpeg", "sizeBytes", 10L * 1024 * 1024 + 1), member);

		assertThat(gif.status()).isEqualTo(415);
		assertThat(gif.contentType()).startsWith("application/problem+json");
		assertThat(huge.status()).isEqualTo(413);
		assertThat(this.jdbc.queryForObject("select count(*) from recognition_meal_photo where content_type = ?",
				Long.class, "image/gif"))
			.isZero();
	}

	@Test
	void aPhotoBecomesCandidatesAndTheConfirmationDiaryEntries() {
		String member = this.plans.memberWith("PHOTO_ANALYSIS");
		byte[] photo = TestPhotos.jpegWithGps(800, 600);
		Mockito.clearInvocations(this.jobs);
		JsonNode issued = issue(member, photo.length);
		String id = issued.path("photoId").asString();

		assertThat(upload(issued, "image/jpeg", photo).statusCode()).isEqualTo(200);
		awaitStatus(member, id, "ANALYSING");
		// not shown before the analysis has taken the metadata (the EXIF position) out
		Response early = this.api.get("/api/meal-photos/" + id + "/image", member);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.contentType()).startsWith("application/problem+json");
		// the client's fallback after the storage's own notification starts nothing more
		assertThat(this.api.post("/api/meal-photos/" + id + "/uploaded", Map.of(), member).text("status"))
			.isEqualTo("ANALYSING");
		assertThat(jobsEnqueued()).isEqualTo(1);

		this.analysis.analyse(UUID.fromString(id));
		this.analysis.analyse(UUID.fromString(id));

		JsonNode ready = this.api.get("/api/meal-photos/" + id, member).body();
		assertThat(ready.path("status").asString()).isEqualTo("READY");
		assertThat(ready.path("recognizer").asString()).isEqualTo("rekognition");
		assertThat(RekognitionStub.calls(rekognition)).isEqualTo(1);
		List<String> labels = ready.path("candidates").valueStream().map(c -> c.path("label").asString()).toList();
		assertThat(labels).containsExactly("Pizza", "Salad");
		JsonNode pizza = ready.path("candidates").get(0);
		assertThat(pizza.path("foodId").asString()).isNotBlank();
		assertThat(pizza.path("nutrients").path("kcal").asDouble()).isPositive();
		byte[] kept = this.storage.read("meal-photos/" + memberId(member) + "/" + id).orElseThrow();
		assertThat(TestPhotos.segments(kept)).doesNotContain(0xe1);
		assertThat(TestPhotos.contains(kept, "Exif")).isFalse();

		// the member sees the photo again as it is kept; nobody else does
		HttpResponse<byte[]> image = image(member, id);
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("private");
		assertThat(image.body()).isEqualTo(kept);
		Response stranger = this.api.get("/api/meal-photos/" + id + "/image", this.plans.memberWith("PHOTO_ANALYSIS"));
		assertThat(stranger.status()).isEqualTo(404);
		assertThat(stranger.contentType()).startsWith("application/problem+json");

		List<Map<String, Object>> items = List.of(
				Map.of("foodId", pizza.path("foodId").asString(), "portion", pizza.path("portion").asString(), "count",
						2, "label", "Pizza"),
				Map.of("foodId", ready.path("candidates").get(1).path("foodId").asString(), "grams", 150));
		Response confirmed = this.api.post("/api/meal-photos/" + id + "/confirm",
				Map.of("date", this.today, "meal", "DINNER", "items", items), member);

		assertThat(confirmed.status()).as(confirmed.body().toString()).isEqualTo(201);
		assertThat(confirmed.body().path("entryIds")).hasSize(2);
		JsonNode dinner = dinner(member);
		assertThat(dinner.path("entries")).hasSize(2);
		assertThat(dinner.path("entries").get(0).path("source").asString()).isEqualTo("PHOTO");
		assertThat(this.api
			.post("/api/meal-photos/" + id + "/confirm", Map.of("date", this.today, "meal", "DINNER", "items", items),
					member)
			.status()).isEqualTo(409);
	}

	@Test
	void aConfirmationWithOneRefusedItemWritesNothing() {
		String member = this.plans.memberWith("PHOTO_ANALYSIS");
		String id = analysed(member);
		JsonNode pizza = this.api.get("/api/meal-photos/" + id, member).body().path("candidates").get(0);

		Response refused = this.api.post("/api/meal-photos/" + id + "/confirm",
				Map.of("date", this.today, "meal", "DINNER", "items",
						List.of(Map.of("foodId", pizza.path("foodId").asString(), "grams", 100),
								Map.of("foodId", UUID.randomUUID().toString(), "grams", 100))),
				member);

		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(dinner(member).path("entries")).isEmpty();
		// nothing was written, so the photo can still be confirmed
		assertThat(
				this.api
					.post("/api/meal-photos/" + id + "/confirm",
							Map.of("date", this.today, "meal", "DINNER", "items",
									List.of(Map.of("foodId", pizza.path("foodId").asString(), "grams", 100))),
							member)
					.status())
			.isEqualTo(201);
	}

	@Test
	void aReplacedCandidateRanksTheChosenFoodFirstNextTime() {
		String member = this.plans.memberWith("PHOTO_ANALYSIS");
		String first = analysed(member);
		String salad = this.api.get("/api/meal-photos/" + first, member)
			.body()
			.path("candidates")
			.get(1)
			.path("foodId")
			.asString();
		// a label of its own, so what this test teaches changes no other test's
		// candidates
		String label = "Tomato";
		rekognition.resetAll();
		rekognition.stubFor(RekognitionStub.detectLabels()
			.willReturn(
					RekognitionStub.labels(RekognitionStub.PIZZA_AND_SALAD.replace("\"Pizza\"", "\"" + label + "\""))));
		String second = analysed(member);
		JsonNode before = this.api.get("/api/meal-photos/" + second, member).body().path("candidates").get(0);
		assertThat(before.path("foodId").asString()).isNotEqualTo(salad);

		this.api.post("/api/meal-photos/" + second + "/confirm", Map.of("date", this.today, "meal", "LUNCH", "items",
				List.of(Map.of("foodId", salad, "grams", 120, "label", label))), member);

		String third = analysed(member);
		JsonNode after = this.api.get("/api/meal-photos/" + third, member).body().path("candidates").get(0);
		assertThat(after.path("label").asString()).isEqualTo(label);
		assertThat(after.path("foodId").asString()).isEqualTo(salad);
	}

	@Test
	void bytesThatAreNoImageFailWithoutCallingTheRecognizer() {
		String member = this.plans.memberWith("PHOTO_ANALYSIS");
		byte[] notAPhoto = "<html><body>not a photo</body></html>".getBytes();
		JsonNode issued = issue(member, notAPhoto.length);
		String id = issued.path("photoId").asString();
		assertThat(upload(issued, "image/jpeg", notAPhoto).statusCode()).isEqualTo(200);
		awaitStatus(member, id, "ANALYSING");

		this.analysis.analyse(UUID.fromString(id));

		JsonNode failed = this.api.get("/api/meal-photos/" + id, member).body();
		assertThat(failed.path("status").asString()).isEqualTo("FAILED");
		assertThat(failed.path("error").asString()).isEqualTo("INVALID_IMAGE");
		assertThat(RekognitionStub.calls(rekognition)).isZero();
	}

	@Test
	void anUploadUrlTakesOnlyItsTypeAndSize() {
		String member = this.plans.memberWith("PHOTO_ANALYSIS");
		byte[] photo = TestPhotos.jpeg(100, 100);
		JsonNode issued = issue(member, photo.length);

		assertThat(upload(issued, "image/png", photo).statusCode()).isEqualTo(415);
		byte[] bigger = java.util.Arrays.copyOf(photo, photo.length + 10);
		assertThat(upload(issued, "image/jpeg", bigger).statusCode()).isEqualTo(413);
		String tampered = issued.path("uploadUrl").asString().replace("max=" + photo.length, "max=99999999");
		assertThat(this.api
			.raw(HttpRequest.newBuilder(URI.create(tampered))
				.header("Content-Type", "image/jpeg")
				.PUT(HttpRequest.BodyPublishers.ofByteArray(photo)))
			.status()).isEqualTo(403);
		assertThat(
				this.api.post("/api/meal-photos/" + issued.path("photoId").asString() + "/uploaded", Map.of(), member)
					.status())
			.isEqualTo(409);
	}

	@Test
	void aRecognizerThatKeepsFailingLeavesADeadLetterAnAdminRetries() {
		rekognition.resetAll();
		rekognition.stubFor(RekognitionStub.detectLabels()
			.willReturn(RekognitionStub.error(500, "InternalServerError", "Internal server error")));
		String member = this.plans.memberWith("PHOTO_ANALYSIS");
		String id = uploaded(member);

		// the first attempt fails for JobRunr to retry it; the last one gives up
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.analysis.analyse(UUID.fromString(id)))
			.isInstanceOf(app.vitalia.platform.OutboundCallFailed.class);
		this.analysis.analyse(UUID.fromString(id));

		JsonNode failed = this.api.get("/api/meal-photos/" + id, member).body();
		assertThat(failed.path("status").asString()).isEqualTo("FAILED");
		assertThat(failed.path("error").asString()).isEqualTo("RECOGNIZER_UNAVAILABLE");
		JsonNode letters = this.api.get("/api/admin/meal-photos/dead-letters", this.plans.admin()).body();
		assertThat(letters.path("content").valueStream().map(letter -> letter.path("id").asString())).contains(id);
		assertThat(this.api.get("/api/admin/meal-photos/dead-letters", member).status()).isEqualTo(403);

		rekognition.resetAll();
		rekognition.stubFor(
				RekognitionStub.detectLabels().willReturn(RekognitionStub.labels(RekognitionStub.PIZZA_AND_SALAD)));
		List<Boolean> heldWhileQueueing = recordWhatIsHeldWhileQueueing();
		assertThat(this.api.post("/api/admin/meal-photos/" + id + "/retry", Map.of(), this.plans.admin()).status())
			.isEqualTo(202);
		assertThat(heldWhileQueueing).containsExactly(false);
		Mockito.reset(this.jobs);
		this.analysis.analyse(UUID.fromString(id));
		assertThat(this.api.get("/api/meal-photos/" + id, member).text("status")).isEqualTo("READY");
	}

	@Test
	void theClientsCallQueuesTheAnalysisHoldingNoConnection() {
		String member = this.plans.memberWith("PHOTO_ANALYSIS");
		byte[] photo = TestPhotos.jpeg(400, 300);
		JsonNode issued = issue(member, photo.length);
		String id = issued.path("photoId").asString();
		// the object arrives without the storage's notification: the client's call starts
		// the analysis
		this.storage.write("meal-photos/" + memberId(member) + "/" + id, photo, "image/jpeg");
		List<Boolean> heldWhileQueueing = recordWhatIsHeldWhileQueueing();

		Response started = this.api.post("/api/meal-photos/" + id + "/uploaded", Map.of(), member);

		assertThat(started.status()).as(started.body().toString()).isEqualTo(200);
		assertThat(started.text("status")).isEqualTo("ANALYSING");
		// queueing takes a connection from the same pool: holding one meanwhile, a burst
		// of uploads emptied the pool
		assertThat(heldWhileQueueing).containsExactly(false);
		Mockito.reset(this.jobs);
	}

	@Test
	void theStoragesNotificationQueuesTheAnalysisHoldingNoConnection() {
		String member = this.plans.memberWith("PHOTO_ANALYSIS");
		byte[] photo = TestPhotos.jpeg(400, 300);
		JsonNode issued = issue(member, photo.length);
		String id = issued.path("photoId").asString();
		List<Boolean> heldWhileQueueing = recordWhatIsHeldWhileQueueing();

		// the PUT to the signed URL raises the storage's notification, whose listener
		// starts the analysis
		assertThat(upload(issued, "image/jpeg", photo).statusCode()).isEqualTo(200);
		awaitStatus(member, id, "ANALYSING");

		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> !heldWhileQueueing.isEmpty());
		assertThat(heldWhileQueueing).containsExactly(false);
		Mockito.reset(this.jobs);
	}

	/**
	 * Whether each queueing of a job found a connection or transaction bound to its
	 * thread.
	 */
	private List<Boolean> recordWhatIsHeldWhileQueueing() {
		List<Boolean> held = new java.util.concurrent.CopyOnWriteArrayList<>();
		Mockito.doAnswer((invocation) -> {
			held.add(!org.springframework.transaction.support.TransactionSynchronizationManager.getResourceMap()
				.isEmpty());
			return null;
		}).when(this.jobs).enqueue(Mockito.any(UUID.class), Mockito.any(JobLambda.class));
		return held;
	}

	@Test
	void anAnalysisWhoseQueueingFailedIsQueuedAgainUnderItsOwnJobId() {
		String member = this.plans.memberWith("PHOTO_ANALYSIS");
		Mockito.doThrow(new IllegalStateException("Connection is not available, request timed out after 2000ms"))
			.when(this.jobs)
			.enqueue(Mockito.any(UUID.class), Mockito.any(JobLambda.class));

		// the upload and the client's call still succeed: the status change is committed
		String id = uploaded(member);
		UUID photoId = UUID.fromString(id);
		UUID jobId = MealPhotos.analysisJobId(photoId, null);
		assertThat(this.api.get("/api/meal-photos/" + id, member).text("status")).isEqualTo("ANALYSING");
		assertThat(enqueuedJobIds()).contains(jobId);

		Mockito.reset(this.jobs);
		this.photos.requeueStalled();
		assertThat(enqueuedJobIds()).as("not stalled yet").doesNotContain(jobId);

		this.jdbc.update("update recognition_meal_photo set uploaded_at = ? where id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minus(MealPhotos.STALLED_AFTER).minusSeconds(30)),
				photoId);
		this.photos.requeueStalled();
		// the same id as the first queueing: JobRunr keeps one job per id
		assertThat(enqueuedJobIds()).containsOnlyOnce(jobId);

		this.analysis.analyse(photoId);
		assertThat(this.api.get("/api/meal-photos/" + id, member).text("status")).isEqualTo("READY");
		Mockito.clearInvocations(this.jobs);
		this.photos.requeueStalled();
		assertThat(enqueuedJobIds()).as("an analysed photo is left alone").doesNotContain(jobId);
	}

	private List<UUID> enqueuedJobIds() {
		return Mockito.mockingDetails(this.jobs)
			.getInvocations()
			.stream()
			.filter((invocation) -> invocation.getMethod().getName().equals("enqueue")
					&& invocation.getArguments().length == 2 && invocation.getArguments()[0] instanceof UUID)
			.map((invocation) -> (UUID) invocation.getArguments()[0])
			.toList();
	}

	private JsonNode issue(String member, long size) {
		Response issued = this.api.post("/api/meal-photos",
				Map.of("contentType", "image/jpeg", "sizeBytes", size, "date", this.today, "meal", "DINNER"), member);
		assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);
		assertThat(issued.text("method")).isEqualTo("PUT");
		assertThat(issued.body().path("headers").path("Content-Type").asString()).isEqualTo("image/jpeg");
		return issued.body();
	}

	private java.net.http.HttpResponse<String> upload(JsonNode issued, String type, byte[] bytes) {
		return this.api
			.raw(HttpRequest.newBuilder(URI.create(issued.path("uploadUrl").asString()))
				.header("Content-Type", type)
				.PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)))
			.raw();
	}

	private String uploaded(String member) {
		byte[] photo = TestPhotos.jpeg(400, 300);
		JsonNode issued = issue(member, photo.length);
		String id = issued.path("photoId").asString();
		assertThat(upload(issued, "image/jpeg", photo).statusCode()).isEqualTo(200);
		// the client's call, not waiting for the storage's notification
		Response started = this.api.post("/api/meal-photos/" + id + "/uploaded", Map.of(), member);
		assertThat(started.status()).as(started.body().toString()).isEqualTo(200);
		return id;
	}

	private String analysed(String member) {
		String id = uploaded(member);
		this.analysis.analyse(UUID.fromString(id));
		JsonNode photo = this.api.get("/api/meal-photos/" + id, member).body();
		assertThat(photo.path("status").asString()).as(photo.toString()).isEqualTo("READY");
		return id;
	}

	private HttpResponse<byte[]> image(String member, String id) {
		try {
			return HttpClient.newHttpClient()
				.send(this.api.builder("/api/meal-photos/" + id + "/image", member).GET().build(),
						HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void awaitStatus(String member, String id, String status) {
		for (int attempt = 0; attempt < 100; attempt++) {
			if (this.api.get("/api/meal-photos/" + id, member).text("status").equals(status)) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("photo " + id + " never became " + status);
	}

	private long jobsEnqueued() {
		return Mockito.mockingDetails(this.jobs)
			.getInvocations()
			.stream()
			.filter((invocation) -> invocation.getMethod().getName().equals("enqueue"))
			.count();
	}

	private String memberId(String member) {
		return this.api.get("/api/me", member).text("id");
	}

	private JsonNode dinner(String member) {
		JsonNode day = this.api.get("/api/diary/" + this.today, member).body();
		Map<String, JsonNode> meals = new HashMap<>();
		day.path("meals").forEach(meal -> meals.put(meal.path("meal").asString(), meal));
		return meals.get("DINNER");
	}

}
