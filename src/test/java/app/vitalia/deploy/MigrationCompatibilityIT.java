package app.vitalia.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations never break the running version: the previous release's jar (built from
 * {@link PreviousRelease#ref()}, cached by commit) runs against the schema this commit's
 * jar migrated, and passes a smoke suite. Runs after {@code package} ({@code -Pproofs}).
 */
class MigrationCompatibilityIT {

	private static final Duration BUILD = Duration.ofMinutes(12);

	@Test
	void thePreviousReleaseRunsOnTheNewSchema() throws Exception {
		Tool git = Tool.required("git");
		String ref = PreviousRelease.ref();
		String commit = git.run(Duration.ofSeconds(30), "rev-parse", ref + "^{commit}").succeeded().output().trim();
		Path previousJar = previousJar(git, commit);
		List<String> newMigrations = newMigrations(ref);
		try (LocalStack stack = new LocalStack()) {
			// the new version migrates the database, as a deployment's first instance
			// does
			stack.app("blue", Map.of(), "");
			stack.stopApp("blue");
			// the running version keeps serving on the new schema
			stack.app("green", Map.of("VITALIA_STACK_JAR", previousJar.toString()), "");
			new SampleTraffic("http://127.0.0.1:28090").smoke();
			Path out = Files.createDirectories(Tool.REPO.resolve("target/proofs")).resolve("migrations.txt");
			Files.writeString(out, "previous release " + ref + " (" + commit + ") passed the smoke suite on the schema "
					+ "with this commit's migrations; migrations new since then: " + newMigrations + "\n");
		}
	}

	private static List<String> newMigrations(String ref) throws Exception {
		List<String> shipped = PreviousRelease.migrations(ref);
		try (var files = Files.walk(Tool.REPO.resolve("src/main/resources/db"))) {
			return files.filter((p) -> p.toString().endsWith(".sql"))
				.map((p) -> Tool.REPO.relativize(p).toString())
				.filter((p) -> !shipped.contains(p))
				.sorted()
				.toList();
		}
	}

	/** The previous release's jar, built once per commit in a detached worktree. */
	private static Path previousJar(Tool git, String commit) throws Exception {
		Path cache = Path.of(System.getProperty("user.home"), ".cache", "vitalia", "releases");
		Path jar = cache.resolve(commit + ".jar");
		if (Files.exists(jar)) {
			return jar;
		}
		Path tree = Tool.REPO.resolve("target/previous-release");
		git.run(Duration.ofMinutes(1), "worktree", "remove", "--force", tree.toString());
		git.run(Duration.ofMinutes(2), "worktree", "add", "--detach", tree.toString(), commit).succeeded();
		try {
			Tool.required("bash")
				// only its jar: its tests are neither compiled nor run, its format not
				// checked
				.run(BUILD, tree, Map.of(), "./mvnw", "-B", "-q", "-Dmaven.test.skip=true",
						"-Dspring-javaformat.validate.skip=true", "-Dfrontend.skip=true", "-Daot.skip=true", "package")
				.succeeded();
			Files.createDirectories(cache);
			try (var built = Files.list(tree.resolve("target"))) {
				Path source = built.filter((p) -> p.getFileName().toString().matches("vitalia-.*\\.jar"))
					.findFirst()
					.orElseThrow();
				Files.copy(source, jar);
			}
		}
		finally {
			git.run(Duration.ofMinutes(1), "worktree", "remove", "--force", tree.toString());
		}
		assertThat(jar).exists();
		return jar;
	}

}
