package app.vitalia.recognition.insights;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import app.vitalia.platform.OutboundHttp;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;

/**
 * An OpenAI-compatible Chat Completions API ({@code POST {base}/chat/completions}). Time
 * limit, retries with backoff and jitter on 429/5xx honouring {@code Retry-After} (not on
 * a 429 {@code insufficient_quota}, which no wait cures), the circuit breaker and the
 * bulkhead are the platform's outbound client {@value #CLIENT}
 * ({@code vitalia.http.clients.ai-chat.*}).
 */
public class OpenAiChat implements ChatModel {

	public static final String CLIENT = "ai-chat";

	private final OutboundHttp.Client http;

	private final String baseUrl;

	private final @Nullable String apiKey;

	private final String model;

	public OpenAiChat(OutboundHttp.Client http, String baseUrl, @Nullable String apiKey, String model) {
		this.http = http;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.trim();
		this.model = model;
	}

	@Override
	public boolean enabled() {
		return this.apiKey != null;
	}

	@Override
	public String complete(String system, String user) {
		if (this.apiKey == null) {
			throw new NoAnswer("no API key is configured");
		}
		Map<String, Object> body = Map.of("model", this.model, "messages",
				List.of(Map.of("role", "system", "content", system), Map.of("role", "user", "content", user)),
				"temperature", 0.3, "max_completion_tokens", 400);
		JsonNode answer = this.http.call(() -> {
			try {
				return this.http.rest()
					.post()
					.uri(this.baseUrl + "/chat/completions")
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.apiKey)
					.contentType(MediaType.APPLICATION_JSON)
					.body(body)
					.retrieve()
					.body(JsonNode.class);
			}
			catch (HttpClientErrorException.TooManyRequests limited) {
				if (quotaUsedUp(limited)) {
					// billing, not a rate: no wait makes the next attempt succeed
					throw new OutboundHttp.RemoteFault(429, "insufficient_quota: the account's quota is used up",
							false);
				}
				throw limited;
			}
		});
		String text = answer == null ? null
				: answer.path("choices").path(0).path("message").path("content").asString(null);
		if (text == null || text.isBlank()) {
			throw new NoAnswer("the answer has no text");
		}
		return text.trim();
	}

	/**
	 * A 429 is either a rate limit ({@code rate_limit_exceeded}, retried after its
	 * {@code Retry-After}) or the account's quota ({@code insufficient_quota}).
	 */
	private static boolean quotaUsedUp(HttpClientErrorException.TooManyRequests limited) {
		JsonNode error;
		try {
			error = limited.getResponseBodyAs(JsonNode.class);
		}
		catch (RuntimeException notJson) {
			return false;
		}
		if (error == null) {
			return false;
		}
		JsonNode detail = error.path("error");
		return "insufficient_quota".equals(detail.path("code").asString(null))
				|| "insufficient_quota".equals(detail.path("type").asString(null));
	}

}
