package app.vitalia.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits for a started application process to answer {@code /api/health}, for the proofs
 * that start the shipped artefacts themselves.
 */
final class AppHealth {

	private AppHealth() {
	}

	/**
	 * @return the health body once it answers 200, or why it never did
	 */
	static String await(Process app, int port, Duration timeout) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline) && app.isAlive()) {
			try {
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return response.body();
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		return app.isAlive() ? "not healthy within " + timeout : "exited with " + app.waitFor();
	}

}
