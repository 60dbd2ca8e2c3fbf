package app.vitalia.platform.storage;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.vitalia.platform.DomainException;
import app.vitalia.platform.ObjectStorage.ObjectStored;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Object-created notifications of an S3-compatible server's webhook target (MinIO's
 * envelope, or AWS's message delivered through SNS/a relay), authenticated with a bearer
 * token. Raises {@link ObjectStored} for each created object of the bucket; anything else
 * (the test event, other buckets, removals) is acknowledged and ignored.
 */
@RestController
@Tag(name = "Storage")
class S3EventsController {

	static final String PATH = "/api/storage/events";

	private final StorageProperties properties;

	private final ApplicationEventPublisher events;

	private final JsonMapper json = JsonMapper.builder().build();

	S3EventsController(StorageProperties properties, ApplicationEventPublisher events) {
		this.properties = properties;
		this.events = events;
	}

	@Operation(summary = "Receive the storage's object-created notifications")
	@PostMapping(PATH)
	@Transactional
	int objectCreated(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth,
			@RequestBody String body) {
		String token = this.properties.eventsToken();
		if (token == null || auth == null
				|| !MessageDigest.isEqual(("Bearer " + token).getBytes(StandardCharsets.UTF_8),
						auth.trim().getBytes(StandardCharsets.UTF_8))) {
			throw new DomainException(DomainException.Kind.UNAUTHORIZED, "STORAGE_EVENTS_UNAUTHORIZED",
					"Object notifications need the configured bearer token");
		}
		JsonNode message;
		try {
			message = this.json.readTree(body);
		}
		catch (RuntimeException unreadable) {
			throw DomainException.invalid("body", "NOT_JSON", "The notification is not JSON");
		}
		int raised = 0;
		for (JsonNode record : message.path("Records")) {
			String name = record.path("eventName").asString("");
			String bucket = record.path("s3").path("bucket").path("name").asString("");
			String key = record.path("s3").path("object").path("key").asString("");
			if (!name.replaceFirst("^s3:", "").startsWith("ObjectCreated:") || key.isEmpty()
					|| !bucket.equals(this.properties.bucket())) {
				continue;
			}
			this.events.publishEvent(new ObjectStored(URLDecoder.decode(key, StandardCharsets.UTF_8),
					record.path("s3").path("object").path("size").asLong(0)));
			raised++;
		}
		return raised;
	}

}
