package app.vitalia.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the OpenAPI document and sends every operation malformed variants (wrong types,
 * boundary and huge numbers, 1 MB strings, control characters, NUL, lone surrogates, RTL
 * and emoji, invalid UUIDs, dates and zones, paging extremes, missing and extra fields)
 * as an anonymous caller, a member and an admin. Any 5xx, any error that is not a
 * problem, any stack trace or class name in a body fails it. New endpoints are covered as
 * soon as they appear in the document. Variants are chosen with a fixed seed, so a
 * failure repeats.
 */
class ApiFuzzTests extends HttpTest {

	private static final long SEED = 20261129L;

	/** Body variants per operation and caller: keeps the suite near two minutes. */
	private static final int BODY_VARIANTS = 14;

	private static final int PARAMETER_VARIANTS = 8;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String LONE_SURROGATE = "@@LONE_SURROGATE@@";

	private static final Pattern LEAK = Pattern.compile(
			"(\\tat |Exception\\b|\\b(?:java|javax|jakarta|org\\.springframework|org\\.hibernate|tools\\.jackson|com\\.fasterxml|org\\.postgresql|org\\.h2|org\\.apache|app\\.vitalia)\\.[a-zA-Z_]+)");

	private static final List<String> TEXTS = List.of("", " ", "a".repeat(100_000), "x\u0000y", "tab\tline\nbreak",
			"bell\u0007", LONE_SURROGATE, "\u05e9\u05dc\u05d5\u05dd \u202e\u0645\u0631\u062d\u0628\u0627",
			"\ud83d\ude00\ud83c\udf4e", "not-a-uuid", "2024-13-45", "+999999999-12-31T00:00:00Z", "Not/AZone",
			"' or 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%00");

	private static final List<JsonNode> SCALARS = List.of(NODES.numberNode(-1), NODES.numberNode(0),
			NODES.numberNode(2147483648L), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(1e308),
			NODES.numberNode(-1e308), NODES.numberNode(0.5), NODES.booleanNode(true), NODES.nullNode(),
			NODES.objectNode(), NODES.arrayNode(), NODES.stringNode("1"));

	private static final List<String> PARAMETERS = List.of("", "-1", "2147483648", "99999999999999999999", "1e309",
			"NaN", "true", "not-a-uuid", "2024-02-30", "%2B999999999-12-31", "-999999999-01-01", "Mars%2FOlympus",
			"%00", "%ED%A0%80", "%E2%80%AE%D7%A9", "%F0%9F%98%80", "a".repeat(5000), "%25", "%C0%AF");

	private static final List<String> IDS = List.of("not-a-uuid", UUID.randomUUID().toString(),
			"00000000-0000-0000-0000-000000000000", "-1", "99999999999999999999", "%F0%9F%98%80", "a".repeat(300));

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final List<String> failures = new ArrayList<>();

	private int requests;

	@Test
	void noMalformedRequestGetsAServerErrorOrLeaksInternals() throws Exception {
		JsonNode document = JSON.readTree(this.api.get("/v3/api-docs", null).raw().body());
		List<Operation> operations = operations(document);
		Random random = new Random(SEED);
		Map<String, String> callers = new LinkedHashMap<>();
		callers.put("anonymous", null);
		callers.put("member", this.api.newMember());
		callers.put("admin", this.api.admin());
		long started = System.nanoTime();
		for (Operation operation : operations) {
			for (Map.Entry<String, String> caller : callers.entrySet()) {
				if (caller.getKey().equals("admin") && operation.path().equals("/api/me")
						&& operation.method().equals("DELETE")) {
					continue; // the shared bootstrap admin must outlive this suite
				}
				for (Variant variant : variants(document, operation, random)) {
					check(operation, caller.getKey(), send(operation, variant, caller.getValue()));
				}
			}
		}
		long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
		String report = "fuzz: %d requests, %d operations, %d callers, %d failures (5xx or leaks), %d s, seed %d"
			.formatted(this.requests, operations.size(), callers.size(), this.failures.size(), seconds, SEED);
		System.out.println(report);
		Files.writeString(Path.of("target", "fuzz-report.txt"), report + "\n" + String.join("\n", this.failures));
		assertThat(operations).hasSizeGreaterThan(40);
		assertThat(this.failures).as(report).isEmpty();
	}

	private record Operation(String method, String path, List<JsonNode> parameters, JsonNode bodySchema) {
	}

	private record Variant(String path, String query, String body) {
	}

	private record Answer(int status, String contentType, String body, String description) {
	}

	private static List<Operation> operations(JsonNode document) {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				JsonNode operation = method.getValue();
				List<JsonNode> parameters = new ArrayList<>();
				operation.path("parameters").forEach(parameters::add);
				JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
				operations.add(new Operation(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
						parameters, schema));
			}
		}
		// deleting one's own account last, so the member stays signed in for the rest
		operations.sort(Comparator.comparing((Operation op) -> op.method().equals("DELETE") ? 1 : 0));
		return operations;
	}

	private List<Variant> variants(JsonNode document, Operation operation, Random random) {
		List<Variant> variants = new ArrayList<>();
		String validPath = fillPath(operation.path(), UUID.randomUUID().toString());
		List<String> queries = new ArrayList<>();
		for (JsonNode parameter : operation.parameters()) {
			if (parameter.path("in").asString().equals("query")) {
				String name = parameter.path("name").asString();
				for (String value : PARAMETERS) {
					queries.add(name + "=" + value);
				}
			}
		}
		Collections.shuffle(queries, random);
		queries.stream().limit(PARAMETER_VARIANTS).forEach(query -> variants.add(new Variant(validPath, query, null)));
		if (operation.path().contains("{")) {
			for (String id : IDS) {
				variants.add(new Variant(fillPath(operation.path(), id), "", null));
			}
		}
		if (!operation.bodySchema().isMissingNode()) {
			JsonNode schema = resolve(document, operation.bodySchema());
			JsonNode valid = example(document, schema, 0);
			List<String> bodies = new ArrayList<>();
			if (valid instanceof ObjectNode object) {
				for (String property : object.propertyNames()) {
					for (String text : TEXTS) {
						bodies.add(with(object, property, NODES.stringNode(text)));
					}
					for (JsonNode scalar : SCALARS) {
						bodies.add(with(object, property, scalar));
					}
					ObjectNode missing = object.deepCopy();
					missing.remove(property);
					bodies.add(missing.toString());
				}
				ObjectNode extra = object.deepCopy();
				extra.put("unexpectedField", "surprise");
				bodies.add(extra.toString());
			}
			Collections.shuffle(bodies, random);
			List<String> chosen = new ArrayList<>(bodies.subList(0, Math.min(BODY_VARIANTS, bodies.size())));
			chosen.addAll(List.of(valid.toString(), "", "null", "[]", "{", "{\"a\":1,\"a\":2}", "\"text\"", "12",
					"{\"x\":\"" + "b".repeat(1_048_576) + "\"}"));
			for (String body : chosen) {
				variants.add(new Variant(validPath, "", body));
			}
		}
		if (variants.isEmpty()) {
			variants.add(new Variant(validPath, "", null));
		}
		return variants;
	}

	private static String with(ObjectNode object, String property, JsonNode value) {
		ObjectNode copy = object.deepCopy();
		copy.set(property, value);
		return copy.toString().replace(LONE_SURROGATE, "\\ud800");
	}

	private static String fillPath(String template, String value) {
		return template.replaceAll("\\{[^}]+}", value.contains("%") ? value : encode(value));
	}

	private static JsonNode resolve(JsonNode document, JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith("#/components/schemas/")) {
			return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
		}
		return schema;
	}

	/** A plausible value for a schema, so each variant breaks one thing at a time. */
	private static JsonNode example(JsonNode document, JsonNode schemaOrRef, int depth) {
		JsonNode schema = resolve(document, schemaOrRef);
		if (depth > 4) {
			return NODES.nullNode();
		}
		String type = schema.path("type").isArray() ? schema.path("type").get(0).asString()
				: schema.path("type").asString("object");
		if (schema.has("enum")) {
			return schema.path("enum").get(0);
		}
		switch (type) {
			case "string":
				String format = schema.path("format").asString("");
				return NODES.stringNode(switch (format) {
					case "uuid" -> UUID.randomUUID().toString();
					case "date" -> "2030-01-15";
					case "date-time" -> "2030-01-15T10:00:00Z";
					case "email" -> "fuzz-" + UUID.randomUUID() + "@example.com";
					default -> "fuzz";
				});
			case "integer":
			case "number":
				return NODES.numberNode(schema.path("minimum").asInt(1));
			case "boolean":
				return NODES.booleanNode(false);
			case "array":
				ArrayNode array = NODES.arrayNode();
				array.add(example(document, schema.path("items"), depth + 1));
				return array;
			default:
				ObjectNode object = NODES.objectNode();
				for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
					object.set(property.getKey(), example(document, property.getValue(), depth + 1));
				}
				return object;
		}
	}

	private Answer send(Operation operation, Variant variant, String token) {
		String target = "http://localhost:" + this.port + variant.path()
				+ (variant.query().isEmpty() ? "" : "?" + variant.query());
		String description = operation.method() + " " + target.substring(0, Math.min(target.length(), 160))
				+ (variant.body() != null
						? " body " + variant.body().substring(0, Math.min(120, variant.body().length())) : "");
		HttpRequest.Builder request;
		try {
			request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(30));
		}
		catch (IllegalArgumentException notAUri) {
			return null;
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpRequest.BodyPublisher body = variant.body() != null ? HttpRequest.BodyPublishers.ofString(variant.body())
				: HttpRequest.BodyPublishers.noBody();
		if (variant.body() != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(operation.method(), body);
		try {
			this.requests++;
			HttpResponse<java.io.InputStream> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofInputStream());
			String contentType = response.headers().firstValue("Content-Type").orElse("");
			String text;
			try (java.io.InputStream in = response.body()) {
				// an event stream that opened is an answer; waiting for its end would
				// only wait
				text = contentType.startsWith("text/event-stream") ? ""
						: new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
			return new Answer(response.statusCode(), contentType, text, description);
		}
		catch (IOException ex) {
			// the server may close a connection after refusing an oversized body
			return new Answer(400, "application/problem+json", "", description + " (connection closed)");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void check(Operation operation, String caller, Answer answer) {
		if (answer == null) {
			return;
		}
		String where = caller + " " + answer.description() + " -> " + answer.status();
		if (answer.status() >= 500) {
			this.failures.add("5xx: " + where + " " + abbreviate(answer.body()));
		}
		else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
			this.failures.add("not a problem: " + where + " " + answer.contentType());
		}
		if (answer.status() >= 400 && LEAK.matcher(answer.body()).find()) {
			this.failures.add("leak: " + where + " " + abbreviate(answer.body()));
		}
	}

	private static String abbreviate(String body) {
		return body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
