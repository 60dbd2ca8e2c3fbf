package app.vitalia;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the API document, including ones added later, has a summary and a
 * tag, and none shows the server-side {@code user} or {@code language} arguments as a
 * parameter.
 */
class OpenApiDocumentTests extends HttpTest {

	@Test
	void everyOperationHasASummaryATagAndOnlyRealParameters() {
		JsonNode paths = this.api.get("/v3/api-docs", null).body().path("paths");
		List<String> operations = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				String operation = method.getKey().toUpperCase() + " " + path.getKey();
				operations.add(operation);
				JsonNode body = method.getValue();
				if (body.path("summary").asString("").isBlank()) {
					problems.add(operation + " has no summary");
				}
				if (body.path("tags").isEmpty()) {
					problems.add(operation + " has no tag");
				}
				for (JsonNode parameter : body.path("parameters")) {
					String name = parameter.path("name").asString();
					if (name.equals("user") || name.equals("language")) {
						problems.add(operation + " shows the internal parameter " + name);
					}
				}
			}
		}
		assertThat(operations).hasSizeGreaterThan(60).contains("GET /api/diary/{date}", "POST /api/appointments");
		assertThat(problems).isEmpty();
	}

}
