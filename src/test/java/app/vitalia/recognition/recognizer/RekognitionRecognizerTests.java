package app.vitalia.recognition.recognizer;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.rekognition.RekognitionClient;

import app.vitalia.platform.OutboundCallFailed;
import app.vitalia.recognition.RekognitionStub;
import app.vitalia.support.OutboundClients;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Rekognition adapter against a stub speaking DetectLabels' wire format. */
class RekognitionRecognizerTests {

	private final WireMockServer rekognition = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private RekognitionRecognizer recognizer;

	@BeforeEach
	void start() {
		this.rekognition.start();
		RekognitionClient client = RekognitionClient.builder()
			.region(Region.US_EAST_1)
			.endpointOverride(URI.create(this.rekognition.baseUrl()))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration(config -> config.retryStrategy(DefaultRetryStrategy.doNotRetry()))
			.build();
		var outbound = OutboundClients.configured(Map.of("vitalia.http.clients.rekognition.max-attempts", "3",
				"vitalia.http.clients.rekognition.first-backoff", "20ms",
				"vitalia.http.clients.rekognition.minimum-calls", "3",
				"vitalia.http.clients.rekognition.sliding-window-size", "3",
				"vitalia.http.clients.rekognition.max-concurrent-calls", "2"));
		this.recognizer = new RekognitionRecognizer(client, outbound.client("rekognition"), 70f, 25);
	}

	@AfterEach
	void stop() {
		this.rekognition.stop();
	}

	@Test
	void detectLabelsAsksForFoodAndReadsLabelsWithParentsAndCategories() {
		this.rekognition.stubFor(
				RekognitionStub.detectLabels().willReturn(RekognitionStub.labels(RekognitionStub.PIZZA_AND_SALAD)));

		List<Label> labels = this.recognizer.labels(new byte[] { 1, 2, 3 });

		assertThat(labels).extracting(Label::name).containsExactly("Food", "Pizza", "Salad", "Plate");
		assertThat(labels.get(1).parents()).containsExactly("Food");
		assertThat(labels.get(1).categories()).containsExactly("Food and Beverage");
		this.rekognition.verify(
				postRequestedFor(urlEqualTo("/")).withHeader("Content-Type", containing("application/x-amz-json-1.1"))
					.withHeader("Authorization", containing("AWS4-HMAC-SHA256"))
					.withRequestBody(matchingJsonPath("$.Image.Bytes", containing("AQID")))
					.withRequestBody(matchingJsonPath("$.MinConfidence", containing("70")))
					.withRequestBody(matchingJsonPath("$.Settings.GeneralLabels.LabelCategoryInclusionFilters[0]",
							containing("Food and Beverage"))));
	}

	@Test
	void throttlingIsRetriedWithBackoff() {
		this.rekognition.stubFor(RekognitionStub.detectLabels()
			.inScenario("throttled")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(RekognitionStub.error(400, "ThrottlingException", "Rate exceeded"))
			.willSetStateTo("again"));
		this.rekognition.stubFor(RekognitionStub.detectLabels()
			.inScenario("throttled")
			.whenScenarioStateIs("again")
			.willReturn(RekognitionStub.error(500, "InternalServerError", "Internal"))
			.willSetStateTo("fine"));
		this.rekognition.stubFor(RekognitionStub.detectLabels()
			.inScenario("throttled")
			.whenScenarioStateIs("fine")
			.willReturn(RekognitionStub.labels(RekognitionStub.PIZZA_AND_SALAD)));

		assertThat(this.recognizer.labels(new byte[] { 1 })).hasSize(4);
		assertThat(RekognitionStub.calls(this.rekognition)).isEqualTo(3);
	}

	@Test
	void anInvalidImageIsNotRetried() {
		this.rekognition.stubFor(RekognitionStub.detectLabels()
			.willReturn(RekognitionStub.error(400, "InvalidImageFormatException", "Request has invalid image format")));

		assertThatThrownBy(() -> this.recognizer.labels(new byte[] { 1 })).isInstanceOf(Recognizer.ImageRefused.class)
			.hasMessageContaining("InvalidImageFormatException");
		assertThat(RekognitionStub.calls(this.rekognition)).isEqualTo(1);
	}

	@Test
	void failuresOpenTheBreakerAndThenNoCallIsMade() {
		this.rekognition.stubFor(RekognitionStub.detectLabels()
			.willReturn(RekognitionStub.error(500, "InternalServerError", "Internal server error")));

		for (int call = 0; call < 3; call++) {
			assertThatThrownBy(() -> this.recognizer.labels(new byte[] { 1 })).isInstanceOfSatisfying(
					OutboundCallFailed.class,
					failed -> assertThat(failed.reason()).isEqualTo(OutboundCallFailed.Reason.ERROR_STATUS));
		}
		int made = RekognitionStub.calls(this.rekognition);
		assertThat(made).isEqualTo(9);

		assertThatThrownBy(() -> this.recognizer.labels(new byte[] { 1 })).isInstanceOfSatisfying(
				OutboundCallFailed.class,
				failed -> assertThat(failed.reason()).isEqualTo(OutboundCallFailed.Reason.BREAKER_OPEN));
		assertThat(RekognitionStub.calls(this.rekognition)).isEqualTo(made);
	}

}
