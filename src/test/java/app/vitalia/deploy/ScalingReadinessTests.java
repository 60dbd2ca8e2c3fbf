package app.vitalia.deploy;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/scaling.md places every table for Citus; this keeps the schema ready for it: every
 * table the migrations create is placed, every member-owned table carries its member id
 * as a uuid, and every distribution column exists.
 */
class ScalingReadinessTests {

	private static final Pattern ROW = Pattern
		.compile("^\\| (\\w+) \\| (distributed|reference|local) \\| ([^|]+) \\| ([^|]+) \\|", Pattern.MULTILINE);

	@Test
	void everyTableIsPlacedAndEveryMemberOwnedTableCarriesTheMemberId() throws Exception {
		Map<String, Map<String, String>> schema = migratedSchema();
		Map<String, String[]> placed = new LinkedHashMap<>();
		Matcher row = ROW.matcher(Files.readString(Tool.REPO.resolve("docs/scaling.md")));
		while (row.find()) {
			placed.put(row.group(1), new String[] { row.group(2), row.group(3).trim(), row.group(4).trim() });
		}
		assertThat(placed).hasSizeGreaterThan(30);
		assertThat(placed.keySet()).as("tables in docs/scaling.md")
			.containsExactlyInAnyOrderElementsOf(schema.keySet());
		placed.forEach((table, placement) -> {
			Map<String, String> columns = schema.get(table);
			String distribution = placement[1];
			if (placement[0].equals("distributed") && !distribution.startsWith("(needs")) {
				assertThat(columns).as("%s is distributed by %s", table, distribution).containsKey(distribution);
			}
			String member = placement[2];
			if (!member.equals("—")) {
				assertThat(columns).as("%s carries the member id in %s", table, member).containsKey(member);
				assertThat(columns.get(member)).as("%s.%s", table, member).isEqualTo("uuid");
			}
		});
		assertThat(placed.values().stream().filter((p) -> !p[2].equals("—"))).hasSizeGreaterThan(15);
	}

	/**
	 * Table → column → type, after every migration on a fresh H2 database (PostgreSQL
	 * mode).
	 */
	private static Map<String, Map<String, String>> migratedSchema() throws SQLException {
		String url = "jdbc:h2:mem:scaling-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.outOfOrder(true)
			.load()
			.migrate();
		Map<String, Map<String, String>> tables = new HashMap<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet columns = connection.createStatement()
					.executeQuery("select table_name, column_name, data_type from information_schema.columns "
							+ "where table_schema = 'public' and table_name <> 'flyway_schema_history'")) {
			while (columns.next()) {
				tables.computeIfAbsent(columns.getString(1), (t) -> new HashMap<>())
					.put(columns.getString(2), columns.getString(3).toLowerCase(Locale.ROOT));
			}
		}
		return tables;
	}

}
