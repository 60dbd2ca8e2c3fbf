package app.vitalia.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operations tool on the PATH (promtool, kubectl, npm…). Outside CI a missing tool
 * skips the test that needs it; on CI ({@code CI=true}, where {@code .ci/run} installs
 * them) it fails.
 */
record Tool(Path executable) {

	static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

	static final Path REPO = Path.of("").toAbsolutePath();

	static Tool required(String name) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(dir, name);
			if (Files.isExecutable(candidate)) {
				return new Tool(candidate);
			}
		}
		if (CI) {
			throw new IllegalStateException(name + " is not installed; .ci/run installs it");
		}
		Assumptions.abort(name + " is not installed (CI installs it; apt-get/npm install it to run this test)");
		throw new IllegalStateException("unreachable");
	}

	Result run(Duration timeout, String... arguments) {
		return run(timeout, REPO, Map.of(), arguments);
	}

	Result run(Duration timeout, Path directory, Map<String, String> environment, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(this.executable.toString());
		command.addAll(List.of(arguments));
		try {
			Path output = Files.createTempFile("tool", ".out");
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", command) + " took longer than " + timeout);
			}
			String text = Files.readString(output, StandardCharsets.UTF_8);
			Files.delete(output);
			return new Result(String.join(" ", command), process.exitValue(), text);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Result(String command, int exitCode, String output) {

		Result succeeded() {
			assertThat(this.exitCode).as("%s exited %d:%n%s", this.command, this.exitCode, this.output).isZero();
			return this;
		}

	}

}
