package app.vitalia.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image the build wrote ({@code target/jib-image.tar}, {@code -Pimage}) starts with
 * its AOT cache. Its layers are unpacked and its entry point run as a container engine
 * would ({@code deploy/image/image_root.py}: the image's user, working directory,
 * environment and jlinked runtime, in a chroot), with {@code -XX:AOTMode=on}, so the JVM
 * refuses to start unless it can map the cache, and with the AOT and class-loading logs:
 * it must become healthy, pass the image's own health check, have opened
 * {@code /app/vitalia.aot} and have taken the application's classes from it. Outside CI a
 * missing image or a user other than root skips; on CI ({@code .ci/run} builds the image,
 * as root, with JDK 25) either fails.
 */
class ImageStartIT {

	private static final Path IMAGE = Tool.REPO.resolve("target/jib-image.tar");

	private static final String CACHE_OPTION = "-XX:AOTCache=/app/vitalia.aot";

	@Test
	void theImageStartsWithItsAotCache() throws Exception {
		required(Files.isRegularFile(IMAGE), IMAGE + " is missing (./mvnw -Pimage package)");
		required("root".equals(System.getProperty("user.name")), "running the image's root file system needs root");
		Assumptions.assumeTrue(Runtime.version().feature() >= 25, "the image's runtime makes an AOT cache from JDK 25");
		Tool python = Tool.required("python3");
		String script = Tool.REPO.resolve("deploy/image/image_root.py").toString();
		Path work = Files.createTempDirectory("image-start");
		Path root = work.resolve("root");
		try {
			python.run(Duration.ofMinutes(3), "-B", script, "unpack", IMAGE.toString(), root.toString()).succeeded();
			assertThat(Files.readString(work.resolve("root.json")))
				.as("the entry point names the cache (add-aot-cache.sh takes it out when the training run failed)")
				.contains("\"" + CACHE_OPTION + "\"");
			assertThat(root.resolve("app/vitalia.aot")).as("the image's AOT cache layer").isNotEmptyFile();

			int port = freePort();
			int managementPort = freePort();
			Instant launched = Instant.now();
			Process app = new ProcessBuilder(python.executable().toString(), "-B", script, "run", root.toString(),
					"--with", "-XX:AOTMode=on", "--with", "-Xlog:aot=info:file=/tmp/aot.log", "--with",
					"-Xlog:class+load=info:file=/tmp/classes.log", "--env", "VITALIA_MANAGEMENT_PORT=" + managementPort,
					"--", "--server.port=" + port)
				.redirectErrorStream(true)
				.redirectOutput(work.resolve("app.log").toFile())
				.start();
			try {
				String health = AppHealth.await(app, port, Duration.ofMinutes(3));
				Duration toHealthy = Duration.between(launched, Instant.now());
				assertThat(health).as(read(work.resolve("app.log"))).contains("\"status\":\"UP\"");
				System.out.printf("image healthy in %.1f s with its AOT cache%n", toHealthy.toMillis() / 1000.0);

				// the image's own health check, run inside the image; readiness follows
				// the
				// started application, so it is retried as an engine would in the start
				// period
				String check = healthCheck(root);
				Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
				Tool.Result checked;
				do {
					checked = python.run(Duration.ofSeconds(30), Tool.REPO, Map.of(), "-B", script, "exec",
							root.toString(), "--env", "VITALIA_MANAGEMENT_PORT=" + managementPort, "--", "sh", "-c",
							check);
				}
				while (checked.exitCode() != 0 && Instant.now().isBefore(deadline) && sleep(Duration.ofSeconds(1)));
				checked.succeeded();

				assertThat(read(root.resolve("tmp/aot.log"))).contains("Opened AOT cache /app/vitalia.aot");
				// configured as Kubernetes configures it: the build's AOT-processed
				// context
				assertThat(read(work.resolve("app.log"))).contains("Starting AOT-processed VitaliaApplication");
				String classes = read(root.resolve("tmp/classes.log"));
				long fromCache = count(classes, "source: shared objects file");
				long loaded = count(classes, " source: ");
				assertThat(fromCache).as("classes loaded from the cache, of %d", loaded).isGreaterThan(loaded / 2);
				assertThat(classes).as("the application's own classes come from the cache")
					.containsPattern("app\\.vitalia\\.VitaliaApplication source: shared objects file");
			}
			finally {
				app.destroy();
				app.waitFor();
			}
		}
		finally {
			new ProcessBuilder("rm", "-rf", work.toString()).start().waitFor();
		}
	}

	private static void required(boolean condition, String reason) {
		if (!condition) {
			if (Tool.CI) {
				throw new AssertionError(reason + "; CI (.ci/run) builds the image as root");
			}
			Assumptions.abort(reason);
		}
	}

	private static boolean sleep(Duration duration) throws InterruptedException {
		Thread.sleep(duration.toMillis());
		return true;
	}

	private static String healthCheck(Path root) throws IOException {
		Matcher test = Pattern.compile("\"Test\":\\s*\\[\"CMD-SHELL\",\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\]")
			.matcher(Files.readString(root.resolveSibling("root.json")));
		assertThat(test.find()).as("the image has a CMD-SHELL health check").isTrue();
		return test.group(1).replace("\\\"", "\"");
	}

	private static long count(String text, String needle) {
		return List.of(text.split("\n")).stream().filter((line) -> line.contains(needle)).count();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
