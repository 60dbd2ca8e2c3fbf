package app.vitalia.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations never break the running version (expand/contract): a migration the previous
 * release did not ship may not drop or rename a table or column, nor make a column NOT
 * NULL without a default — unless it is the contract step of an expansion that has
 * shipped, declared in the file as {@code -- contract-of: V3_1_0} (that migration must be
 * in the previous release). Shipped migrations are history and are not re-judged.
 */
class MigrationLintTests {

	private static final Path MIGRATIONS = Tool.REPO.resolve("src/main/resources/db");

	private static final Pattern CONTRACT_OF = Pattern.compile("--\\s*contract-of:\\s*(V[0-9_]+)");

	@Test
	void newMigrationsTakeNoDestructiveStepUnlessTheyContractAShippedExpansion() throws IOException {
		String previous = PreviousRelease.ref();
		List<String> shipped = PreviousRelease.migrations(previous);
		List<String> refused = new ArrayList<>();
		for (Path file : sqlFiles()) {
			String path = Tool.REPO.relativize(file).toString();
			if (shipped.contains(path)) {
				continue;
			}
			String sql = Files.readString(file);
			List<String> destructive = destructiveSteps(sql);
			if (destructive.isEmpty()) {
				continue;
			}
			Matcher contract = CONTRACT_OF.matcher(sql);
			if (contract.find() && shipped.stream().anyMatch((p) -> p.contains("/" + contract.group(1) + "__"))) {
				continue;
			}
			refused.add(path + ": " + destructive
					+ " (allowed only as the contract step of a shipped expansion: -- contract-of: Vx_y_z)");
		}
		assertThat(refused).as("destructive migrations not shipped in %s", previous).isEmpty();
	}

	/**
	 * The running release tolerates applied migrations it does not know (a module's new
	 * one sorts below another module's, {@code ignore-migration-patterns: *:missing}), so
	 * Flyway no longer notices a shipped migration that disappeared: this does. A shipped
	 * one that changed would fail Flyway's checksum validation on every database it ran
	 * on.
	 */
	@Test
	void everyShippedMigrationIsStillHereUnchanged() {
		String previous = PreviousRelease.ref();
		List<String> changed = Tool.required("git")
			.run(Duration.ofSeconds(60), "diff", "--no-renames", "--name-status", "--diff-filter=DM", previous, "--",
					"src/main/resources/db/")
			.succeeded()
			.output()
			.lines()
			.filter((line) -> !line.isBlank())
			.toList();
		assertThat(changed).as("migrations shipped in %s that were removed (D) or changed (M)", previous).isEmpty();
	}

	@Test
	void theLintRecognisesEachDestructiveStep() {
		assertThat(destructiveSteps("alter table a drop column b;")).hasSize(1);
		assertThat(destructiveSteps("ALTER TABLE a DROP b;")).hasSize(1);
		assertThat(destructiveSteps("drop table if exists a;")).hasSize(1);
		assertThat(destructiveSteps("alter table a rename column b to c;")).hasSize(1);
		assertThat(destructiveSteps("alter table a rename to b;")).hasSize(1);
		assertThat(destructiveSteps("alter table a alter column b set not null;")).hasSize(1);
		assertThat(destructiveSteps("alter table a add column b int not null;")).hasSize(1);
		assertThat(destructiveSteps("alter table a add column b int not null default 0;")).isEmpty();
		assertThat(destructiveSteps("alter table a add column b int;")).isEmpty();
		assertThat(destructiveSteps("create table a (b int not null); -- drop table a later")).isEmpty();
		assertThat(destructiveSteps("create index i on a (b); alter table a add constraint u unique (b);")).isEmpty();
	}

	static List<String> destructiveSteps(String sql) {
		String text = sql.replaceAll("--[^\n]*", " ").replaceAll("(?s)/\\*.*?\\*/", " ");
		List<String> found = new ArrayList<>();
		for (String statement : text.split(";")) {
			String s = statement.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
			if (s.isEmpty()) {
				continue;
			}
			boolean drop = s.matches("drop (table|view).*")
					|| s.matches("alter table .* drop (column )?(?!constraint|default|not null)[a-z_\"].*");
			boolean rename = s.matches("alter table .* rename .*");
			boolean notNull = s.matches("alter table .* alter (column )?\\S+ set not null.*")
					|| (s.matches("alter table .* add (column )?.* not null.*") && !s.contains(" default "));
			if (drop || rename || notNull) {
				found.add(s);
			}
		}
		return found;
	}

	private static List<Path> sqlFiles() throws IOException {
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			return files.filter((p) -> p.toString().endsWith(".sql")).sorted().toList();
		}
	}

}
