package app.vitalia.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build leaves what {@code bin/vitalia} starts: the extracted application with its
 * AOT-processed context and an AOT cache made by this JDK. The script must pass the cache
 * to the JVM, and with {@code -XX:AOTMode=on} the JVM refuses to start unless it can use
 * it, so a missing, stale or rejected cache fails here rather than silently costing start
 * time. The application must start on the AOT-processed context when its settings are the
 * build's, serve a member on it, and start the ordinary way, saying why, when they are
 * not. Runs after {@code package} ({@code -Pproofs}).
 */
class ShippedStartIT {

	@Test
	void theStartScriptServesWithTheBuildsAotCacheAndContext() throws Exception {
		assertThat(Tool.REPO.resolve("target/app/vitalia.aot")).as("the AOT cache the build made").isNotEmptyFile();
		Path work = Files.createTempDirectory("shipped-start");
		int port = freePort();
		Process app = start(work, port,
				Map.of("JAVA_OPTS", "-XX:AOTMode=on -Xlog:aot=info:file=" + work.resolve("aot.log")));
		try {
			String health = AppHealth.await(app, port, Duration.ofMinutes(3));
			assertThat(health).as(log(work, "app.log")).contains("\"status\":\"UP\"");
			// AOTMode=on alone does not fail without a cache: the script must have passed
			// it
			assertThat(log(work, "aot.log"))
				.contains("Opened AOT cache " + Tool.REPO.resolve("target/app/vitalia.aot").toRealPath());
			assertThat(log(work, "app.log")).contains("Starting AOT-processed VitaliaApplication");
			// the beans and repositories the build generated serve a member
			new SampleTraffic("http://127.0.0.1:" + port).smoke();
		}
		finally {
			app.destroy();
			app.waitFor();
		}
	}

	@Test
	void settingsThatNeedOtherBeansStartTheOrdinaryWay() throws Exception {
		assertThat(recordedShape()).as("the build recorded what its own conditions read")
			.contains("spring.data.redis.url=", "vitalia.events.rabbit.enabled=", "vitalia.db.replica.url=",
					"vitalia.storage.type=", "jobrunr.background-job-server.enabled=");
		Path work = Files.createTempDirectory("shipped-start");
		int port = freePort();
		Process app = start(work, port, Map.of("VITALIA_JOBS_ENABLED", "false"));
		try {
			String health = AppHealth.await(app, port, Duration.ofMinutes(3));
			assertThat(health).as(log(work, "app.log")).contains("\"status\":\"UP\"");
			assertThat(log(work, "app.log"))
				.contains("Starting without the build's AOT-processed context, made for other settings",
						"jobrunr.background-job-server.enabled: 'false' here, 'true' at build")
				.doesNotContain("Starting AOT-processed");
			new SampleTraffic("http://127.0.0.1:" + port).smoke();
		}
		finally {
			app.destroy();
			app.waitFor();
		}
	}

	/**
	 * Starts {@code bin/vitalia} configured as the deployments configure it: through
	 * environment variables (which the configuration files' placeholders read), none of
	 * this shell's own.
	 */
	private static Process start(Path work, int port, Map<String, String> environment) throws IOException {
		ProcessBuilder builder = new ProcessBuilder("bash", Tool.REPO.resolve("bin/vitalia").toString())
			.directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("app.log").toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("VITALIA_"));
		builder.environment().put("SERVER_PORT", String.valueOf(port));
		builder.environment().put("VITALIA_MANAGEMENT_PORT", String.valueOf(freePort()));
		builder.environment()
			.put("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + work.resolve("vitalia")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		// the JDK running the build made the cache; the script uses it only for that JDK
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().putAll(environment);
		return builder.start();
	}

	/**
	 * The record in the application jar this build extracted, not a leftover class file.
	 */
	private static String recordedShape() throws IOException {
		try (var files = Files.list(Tool.REPO.resolve("target/app"))) {
			Path jar = files.filter((file) -> file.getFileName().toString().matches("vitalia-.*\\.jar"))
				.findFirst()
				.orElseThrow();
			try (JarFile application = new JarFile(jar.toFile())) {
				JarEntry shape = application.getJarEntry("META-INF/vitalia/aot-context-shape.properties");
				assertThat(shape).as("the shape recorded in " + jar).isNotNull();
				return new String(application.getInputStream(shape).readAllBytes(), StandardCharsets.ISO_8859_1);
			}
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
