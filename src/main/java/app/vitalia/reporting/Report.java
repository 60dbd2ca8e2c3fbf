package app.vitalia.reporting;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A report as the admin sees it: its parameters, where it stands ({@code QUEUED},
 * {@code RUNNING}, {@code DONE} or {@code FAILED}, with progress 0–100), and its result
 * once done.
 */
public record Report(UUID id, String type, JsonNode params, String status, int progress, Instant createdAt,
		@Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable JsonNode result, @Nullable String error) {

	public static final String QUEUED = "QUEUED";

	public static final String RUNNING = "RUNNING";

	public static final String DONE = "DONE";

	public static final String FAILED = "FAILED";

}
