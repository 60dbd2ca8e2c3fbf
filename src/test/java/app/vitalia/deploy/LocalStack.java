package app.vitalia.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/local/stack.sh driven from a test: HAProxy on 28000, blue on 28080, green on
 * 28090, Prometheus on 29090, Alertmanager and the rollback webhook. Each stack gets a
 * fresh PostgreSQL database on 127.0.0.1:5432, dropped by {@link #close()}.
 */
final class LocalStack implements AutoCloseable {

	static final String PROMETHEUS = "http://127.0.0.1:29090";

	static final String FRONT = "http://127.0.0.1:28000";

	private final Tool bash = Tool.required("bash");

	private final Path directory;

	private final String database = "vitalia_proof_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	LocalStack() {
		Tool.required("haproxy");
		Tool.required("prometheus");
		Tool.required("prometheus-alertmanager");
		Tool.required("python3");
		Tool.required("psql");
		this.directory = Tool.REPO.resolve("target/local-stack-" + this.database);
		List<Path> jars = jars();
		assertThat(jars).as("the packaged application jar in target/ (this test runs after `package`)").isNotEmpty();
	}

	private static List<Path> jars() {
		try (var files = Files.list(Tool.REPO.resolve("target"))) {
			return files.filter((p) -> p.getFileName().toString().matches("vitalia-.*\\.jar")).toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	void up() {
		stack(Map.of(), Duration.ofMinutes(2), "up");
	}

	void app(String colour, Map<String, String> environment, String profiles) {
		stack(environment, Duration.ofMinutes(5), "app", colour, profiles);
	}

	void switchTo(String colour) {
		stack(Map.of(), Duration.ofSeconds(20), "switch", colour);
	}

	void stopApp(String colour) {
		stack(Map.of(), Duration.ofMinutes(1), "stop-app", colour);
	}

	String status() {
		return stack(Map.of(), Duration.ofSeconds(20), "status");
	}

	/**
	 * The colour whose server is in the READY admin state, from HAProxy's runtime API.
	 */
	String serving() {
		String ready = null;
		for (String line : status().split("\n")) {
			String[] fields = line.trim().split("\\s+");
			if (fields.length > 6 && fields[1].equals("app") && fields[6].equals("0")) {
				assertThat(ready).as("one colour ready at a time:%n%s", status()).isNull();
				ready = fields[3];
			}
		}
		return ready;
	}

	String webhookLog() {
		try {
			return Files.readString(this.directory.resolve("webhook.log"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	String log(String name) {
		try {
			List<String> lines = Files.readAllLines(this.directory.resolve(name + ".log"), StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no " + name + ".log)";
		}
	}

	private String stack(Map<String, String> environment, Duration timeout, String... arguments) {
		Map<String, String> env = new HashMap<>(environment);
		env.put("VITALIA_STACK_DIR", this.directory.toString());
		env.put("VITALIA_STACK_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + this.database);
		String[] command = new String[arguments.length + 1];
		command[0] = "deploy/local/stack.sh";
		System.arraycopy(arguments, 0, command, 1, arguments.length);
		Tool.Result result = this.bash.run(timeout, Tool.REPO, env, command);
		if (result.exitCode() != 0) {
			throw new AssertionError(String.join(" ", command) + " exited " + result.exitCode() + ":\n"
					+ result.output() + "\n--- blue:\n" + log("app-blue") + "\n--- green:\n" + log("app-green"));
		}
		return result.output();
	}

	@Override
	public void close() {
		stack(Map.of(), Duration.ofMinutes(2), "down");
		Tool.required("psql")
			.run(Duration.ofSeconds(60), "-h", "127.0.0.1", "-U", "postgres", "-qc",
					"drop database if exists " + this.database + " with (force)");
	}

}
