package app.vitalia.platform.health;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/health}: UP with 200 when the database answers, DOWN with 503
 * otherwise.
 */
@Tag(name = "Health", description = "Liveness of the API and its database")
@RestController
class HealthController {

	private final DatabaseProbe database;

	HealthController(DatabaseProbe database) {
		this.database = database;
	}

	@Operation(summary = "Whether the API and its database are up")
	@GetMapping("/api/health")
	ResponseEntity<Map<String, Object>> health() {
		boolean up = this.database.isUp();
		String status = up ? "UP" : "DOWN";
		return ResponseEntity.status(up ? 200 : 503).body(Map.of("status", status, "components", Map.of("db", status)));
	}

}
