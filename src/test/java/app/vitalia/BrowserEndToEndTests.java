package app.vitalia;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.github.tomakehurst.wiremock.WireMockServer;

import app.vitalia.recognition.RekognitionStub;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs every browser scenario in {@code frontend/e2e/*.e2e.mjs} (Playwright driving the
 * system Chromium, headless) against this application serving the built web app. A
 * developer build without the front end ({@code -Dfrontend.skip=true}) skips them; CI
 * always runs them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vitalia.recognition.recognizer=rekognition", "vitalia.recognition.rekognition-region=us-east-1",
				"vitalia.test.database-own=true" })
class BrowserEndToEndTests {

	/**
	 * The meal-photo scenario's recogniser: a Rekognition stub that sees a pizza and a
	 * salad.
	 */
	static final WireMockServer rekognition = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	static {
		rekognition.start();
		rekognition.stubFor(
				RekognitionStub.detectLabels().willReturn(RekognitionStub.labels(RekognitionStub.PIZZA_AND_SALAD)));
		System.setProperty("aws.accessKeyId", "test");
		System.setProperty("aws.secretAccessKey", "test");
	}

	@DynamicPropertySource
	static void recognizer(DynamicPropertyRegistry registry) {
		registry.add("vitalia.recognition.rekognition-endpoint", rekognition::baseUrl);
	}

	static final Path FRONTEND = Path.of(System.getProperty("vitalia.frontend.dir", "frontend"));

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	@LocalServerPort
	int port;

	@TestFactory
	Stream<DynamicTest> browserScenarios() throws IOException {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		boolean uiBuilt = new ClassPathResource("static/index.html").exists();
		if (!ci) {
			assumeTrue(uiBuilt, "the web app was not built (-Dfrontend.skip=true)");
			assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
		}
		assertThat(uiBuilt).as("the web app is packaged").isTrue();
		List<Path> scenarios;
		try (Stream<Path> files = Files.list(FRONTEND.resolve("e2e"))) {
			scenarios = files.filter(file -> file.getFileName().toString().endsWith(".e2e.mjs")).sorted().toList();
		}
		assertThat(scenarios).isNotEmpty();
		return scenarios.stream()
			.map(scenario -> DynamicTest.dynamicTest(scenario.getFileName().toString(), () -> run(scenario)));
	}

	private void run(Path scenario) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("node", scenario.toAbsolutePath().toString())
			.directory(FRONTEND.toFile())
			.redirectErrorStream(true);
		builder.environment().put("BASE_URL", "http://localhost:" + this.port);
		builder.environment().put("CHROMIUM_PATH", CHROMIUM.toString());
		Process process = builder.start();
		StringBuilder output = new StringBuilder();
		Thread reader = new Thread(() -> {
			try (var lines = process.inputReader().lines()) {
				lines.forEach(line -> {
					System.out.println("[" + scenario.getFileName() + "] " + line);
					synchronized (output) {
						output.append(line).append('\n');
					}
				});
			}
		});
		reader.start();
		boolean finished = process.waitFor(3, TimeUnit.MINUTES);
		if (!finished) {
			process.destroyForcibly();
		}
		reader.join(5_000);
		assertThat(finished).as(scenario + " finished within 3 minutes").isTrue();
		assertThat(process.exitValue()).as(scenario + " failed:\n" + output).isZero();
	}

}
