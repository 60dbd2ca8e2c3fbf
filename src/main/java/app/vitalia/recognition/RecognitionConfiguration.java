package app.vitalia.recognition;

import java.net.URI;
import java.time.Duration;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.rekognition.RekognitionClient;

import java.time.Clock;

import app.vitalia.members.MemberProfiles;
import app.vitalia.nutrition.NutritionDiary;
import app.vitalia.platform.OutboundHttp;
import app.vitalia.recognition.insights.ChatModel;
import app.vitalia.recognition.insights.OpenAiChat;
import app.vitalia.recognition.insights.WeeklySummaries;
import app.vitalia.recognition.recognizer.NoRecognizer;
import app.vitalia.recognition.recognizer.Recognizer;
import app.vitalia.recognition.recognizer.RekognitionRecognizer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chooses the recogniser: {@code VITALIA_RECOGNIZER=none} (default) or
 * {@code rekognition}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecognitionProperties.class)
class RecognitionConfiguration {

	@Bean
	Recognizer recognizer(RecognitionProperties properties, OutboundHttp outbound) {
		return switch (properties.recognizer()) {
			case "none" -> new NoRecognizer();
			case "rekognition" -> rekognition(properties, outbound);
			default -> throw new IllegalStateException(
					"VITALIA_RECOGNIZER must be none or rekognition, not " + properties.recognizer());
		};
	}

	@Bean
	WeeklySummaries weeklySummaries(NutritionDiary nutrition, MemberProfiles profiles, OutboundHttp outbound,
			JdbcTemplate jdbc, Clock clock, Environment environment) {
		ChatModel chat = new OpenAiChat(outbound.client(OpenAiChat.CLIENT),
				environment.getProperty("vitalia.recognition.ai.base-url", "https://api.openai.com/v1"),
				environment.getProperty("vitalia.recognition.ai.api-key"),
				environment.getProperty("vitalia.recognition.ai.model", "gpt-4o-mini"));
		return new WeeklySummaries(nutrition, profiles, chat, jdbc, clock);
	}

	private static Recognizer rekognition(RecognitionProperties properties, OutboundHttp outbound) {
		var builder = RekognitionClient.builder()
			.httpClient(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(2))
				.socketTimeout(Duration.ofSeconds(10))
				.build())
			// one attempt per call: the platform's client retries, with its breaker
			.overrideConfiguration(config -> config.retryStrategy(DefaultRetryStrategy.doNotRetry()));
		if (properties.rekognitionRegion() != null) {
			builder.region(Region.of(properties.rekognitionRegion()));
		}
		if (properties.rekognitionEndpoint() != null) {
			builder.endpointOverride(URI.create(properties.rekognitionEndpoint()));
		}
		return new RekognitionRecognizer(builder.build(), outbound.client(RekognitionRecognizer.CLIENT),
				properties.minConfidence(), 25);
	}

}
