package app.vitalia.deploy;

import java.time.Duration;
import java.util.List;

/**
 * The release running in production while this commit deploys: the newest {@code v*} tag
 * before HEAD; without tags, {@code main} seen from a branch, or the previous commit of
 * main (its first parent) on main itself, as in CI.
 */
final class PreviousRelease {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private PreviousRelease() {
	}

	static String ref() {
		Tool git = Tool.required("git");
		Tool.Result tag = git.run(TIMEOUT, "describe", "--tags", "--abbrev=0", "--match", "v*", "HEAD^");
		if (tag.exitCode() == 0) {
			return tag.output().trim();
		}
		String head = git.run(TIMEOUT, "rev-parse", "HEAD").succeeded().output().trim();
		Tool.Result main = git.run(TIMEOUT, "rev-parse", "--verify", "-q", "main");
		if (main.exitCode() == 0 && !main.output().trim().equals(head)) {
			return "main";
		}
		return git.run(TIMEOUT, "rev-parse", "HEAD^1").succeeded().output().trim();
	}

	/** Paths of the migration files the previous release shipped. */
	static List<String> migrations(String ref) {
		return Tool.required("git")
			.run(TIMEOUT, "ls-tree", "-r", "--name-only", ref, "--", "src/main/resources/db/")
			.succeeded()
			.output()
			.lines()
			.filter((path) -> path.endsWith(".sql"))
			.toList();
	}

}
