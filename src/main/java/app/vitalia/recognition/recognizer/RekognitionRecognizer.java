package app.vitalia.recognition.recognizer;

import java.util.List;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.rekognition.model.DetectLabelsFeatureName;
import software.amazon.awssdk.services.rekognition.model.DetectLabelsRequest;
import software.amazon.awssdk.services.rekognition.model.DetectLabelsResponse;
import software.amazon.awssdk.services.rekognition.model.ImageTooLargeException;
import software.amazon.awssdk.services.rekognition.model.InvalidImageFormatException;
import software.amazon.awssdk.services.rekognition.model.InvalidParameterException;
import software.amazon.awssdk.services.rekognition.model.LabelCategory;
import software.amazon.awssdk.services.rekognition.model.Parent;
import software.amazon.awssdk.services.rekognition.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.rekognition.model.RekognitionException;
import software.amazon.awssdk.services.rekognition.model.ThrottlingException;

import app.vitalia.platform.OutboundHttp;

/**
 * AWS Rekognition {@code DetectLabels} on the image bytes, limited to the "Food and
 * Beverage" category. The SDK's own retries are off: the platform's outbound client
 * {@value #CLIENT} retries throttling and 5xx with exponential backoff and jitter, counts
 * them in its circuit breaker and bounds the calls in flight; a refused image is neither
 * retried nor counted.
 */
public class RekognitionRecognizer implements Recognizer {

	public static final String CLIENT = "rekognition";

	private final RekognitionClient rekognition;

	private final OutboundHttp.Client guard;

	private final float minConfidence;

	private final int maxLabels;

	public RekognitionRecognizer(RekognitionClient rekognition, OutboundHttp.Client guard, float minConfidence,
			int maxLabels) {
		this.rekognition = rekognition;
		this.guard = guard;
		this.minConfidence = minConfidence;
		this.maxLabels = maxLabels;
	}

	@Override
	public String name() {
		return "rekognition";
	}

	@Override
	public boolean active() {
		return true;
	}

	@Override
	public List<Label> labels(byte[] jpeg) {
		DetectLabelsRequest request = DetectLabelsRequest.builder()
			.image(image -> image.bytes(SdkBytes.fromByteArray(jpeg)))
			.maxLabels(this.maxLabels)
			.minConfidence(this.minConfidence)
			.features(DetectLabelsFeatureName.GENERAL_LABELS)
			.settings(settings -> settings
				.generalLabels(labels -> labels.labelCategoryInclusionFilters("Food and Beverage")))
			.build();
		DetectLabelsResponse response = this.guard.call(() -> detect(request));
		return response.labels()
			.stream()
			.map(label -> new Label(label.name(), label.confidence() == null ? 0 : label.confidence(),
					label.parents().stream().map(Parent::name).toList(),
					label.categories().stream().map(LabelCategory::name).toList()))
			.toList();
	}

	private DetectLabelsResponse detect(DetectLabelsRequest request) {
		try {
			return this.rekognition.detectLabels(request);
		}
		catch (InvalidImageFormatException | ImageTooLargeException | InvalidParameterException refused) {
			throw new ImageRefused(refused.awsErrorDetails() != null ? refused.awsErrorDetails().errorCode()
					: refused.getClass().getSimpleName());
		}
		catch (ThrottlingException | ProvisionedThroughputExceededException throttled) {
			throw new OutboundHttp.RemoteFault(throttled.statusCode() > 0 ? throttled.statusCode() : 429,
					"Rekognition throttled the call");
		}
		catch (RekognitionException failed) {
			// a failing service, or one this application may not use (credentials,
			// region):
			// either way not the image's fault
			throw new OutboundHttp.RemoteFault(failed.statusCode(), "Rekognition failed");
		}
		catch (SdkClientException unreachable) {
			throw new OutboundHttp.RemoteFault(0, "Rekognition did not answer: " + unreachable.getMessage());
		}
	}

}
