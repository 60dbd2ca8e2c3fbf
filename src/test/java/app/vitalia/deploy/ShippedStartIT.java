package app.vitalia.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build leaves what {@code bin/vitalia} starts: the extracted application and an AOT
 * cache made by this JDK. The script must pass the cache to the JVM, and with
 * {@code -XX:AOTMode=on} the JVM refuses to start unless it can use it, so a missing,
 * stale or rejected cache fails here rather than silently costing start time. Runs after
 * {@code package} ({@code -Pproofs}).
 */
class ShippedStartIT {

	@Test
	void theStartScriptServesWithTheBuildsAotCache() throws Exception {
		assertThat(Tool.REPO.resolve("target/app/vitalia.aot")).as("the AOT cache the build made").isNotEmptyFile();
		Path work = Files.createTempDirectory("shipped-start");
		int port = freePort();
		ProcessBuilder builder = new ProcessBuilder("bash", Tool.REPO.resolve("bin/vitalia").toString(),
				"--server.port=" + port, "--management.server.port=" + freePort(),
				"--spring.datasource.url=jdbc:h2:file:" + work.resolve("vitalia")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
			.directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("app.log").toFile());
		// the JDK running the build made the cache; the script uses it only for that JDK
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("JAVA_OPTS", "-XX:AOTMode=on -Xlog:aot=info:file=" + work.resolve("aot.log"));
		Process app = builder.start();
		try {
			String health = AppHealth.await(app, port, Duration.ofMinutes(3));
			assertThat(health).as(log(work, "app.log")).contains("\"status\":\"UP\"");
			// AOTMode=on alone does not fail without a cache: the script must have passed
			// it
			assertThat(log(work, "aot.log"))
				.contains("Opened AOT cache " + Tool.REPO.resolve("target/app/vitalia.aot").toRealPath());
		}
		finally {
			app.destroy();
			app.waitFor();
		}
	}

	private static String log(Path work, String name) {
		try {
			return Files.readString(work.resolve(name), StandardCharsets.UTF_8);
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
