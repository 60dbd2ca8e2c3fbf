package app.vitalia.nutrition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import app.vitalia.nutrition.catalog.Nutrients;
import app.vitalia.platform.Command;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code seed-diary --members=N --days=D [--accounts-file=F] [--entries-per-day=E]}:
 * fills diaries for load tests with batched inserts: N synthetic members (random ids)
 * plus the accounts listed in F (one id per line, e.g. members registered for a
 * benchmark), each with E entries (default 4) on each of the last D days, drawn from the
 * public catalog. Not for production databases.
 */
@Component
class SeedDiaryCommand implements Command {

	private static final String INSERT = "insert into nutrition_diary_entry (id, account_id, entry_date, meal, food_id, "
			+ "food_name, food_name_es, food_name_en, grams, kcal, protein_g, fat_g, carbs_g, fiber_g, sugars_g, "
			+ "sodium_mg, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SeedDiaryCommand(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "seed-diary";
	}

	@Override
	public String description() {
		return "--members=N --days=D [--accounts-file=F] [--entries-per-day=E]  seed diaries for load tests";
	}

	private record SeedFood(UUID id, String name, String nameEs, String nameEn, Nutrients per100g) {
	}

	@Override
	public int run(List<String> args) throws Exception {
		int members = intArg(args, "--members=", 0);
		int days = intArg(args, "--days=", 90);
		int perDay = intArg(args, "--entries-per-day=", 4);
		List<UUID> accounts = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--accounts-file=")) {
				for (String line : Files.readAllLines(Path.of(arg.substring("--accounts-file=".length())))) {
					if (!line.isBlank()) {
						accounts.add(UUID.fromString(line.trim()));
					}
				}
			}
		}
		Random random = new Random(42);
		for (int i = 0; i < members; i++) {
			accounts.add(new UUID(random.nextLong(), random.nextLong()));
		}
		if (accounts.isEmpty() || days < 1 || days > 3650 || perDay < 1 || perDay > 50) {
			throw new IllegalArgumentException("give --members=N (or --accounts-file) and --days=1..3650");
		}
		List<SeedFood> foods = this.jdbc.query(
				"select id, coalesce(name_es, name_en) name, name_es, name_en, kcal, protein_g, fat_g, carbs_g, fiber_g, sugars_g, sodium_mg "
						+ "from nutrition_food where owner_id is null and kcal is not null order by source_id limit 2000",
				(row, n) -> new SeedFood(row.getObject("id", UUID.class), row.getString("name"),
						row.getString("name_es"), row.getString("name_en"),
						new Nutrients(row.getDouble("kcal"), row.getDouble("protein_g"), row.getDouble("fat_g"),
								row.getDouble("carbs_g"), nullable(row, "fiber_g"), nullable(row, "sugars_g"),
								nullable(row, "sodium_mg"), null, null, null, null, null, null)));
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(this.clock);
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		Meal[] meals = Meal.values();
		List<Object[]> batch = new ArrayList<>(10_000);
		long rows = 0;
		for (UUID account : accounts) {
			for (int day = 0; day < days; day++) {
				LocalDate date = today.minusDays(day);
				for (int e = 0; e < perDay; e++) {
					SeedFood food = foods.get(random.nextInt(foods.size()));
					double grams = 50 + random.nextInt(250);
					Nutrients n = food.per100g().forGrams(grams);
					batch.add(new Object[] { UUID.randomUUID(), account, date, meals[e % meals.length].name(),
							food.id(), food.name(), food.nameEs(), food.nameEn(), grams, n.kcal(), n.proteinG(),
							n.fatG(), n.carbsG(), n.fiberG(), n.sugarsG(), n.sodiumMg(), now });
				}
			}
			if (batch.size() >= 5_000) {
				rows += flush(batch);
			}
		}
		rows += flush(batch);
		System.out.printf("Seeded %d diary entries for %d members over %d days in %.1f s%n", rows, accounts.size(),
				days, (System.nanoTime() - started) / 1e9);
		return 0;
	}

	private long flush(List<Object[]> batch) {
		int size = batch.size();
		if (size > 0) {
			this.jdbc.batchUpdate(INSERT, batch, 1000, (PreparedStatement statement, Object[] row) -> {
				for (int i = 0; i < row.length; i++) {
					statement.setObject(i + 1, row[i]);
				}
			});
			batch.clear();
		}
		return size;
	}

	private static Double nullable(java.sql.ResultSet row, String column) throws SQLException {
		double value = row.getDouble(column);
		return row.wasNull() ? null : value;
	}

	private static int intArg(List<String> args, String prefix, int fallback) {
		return args.stream()
			.filter(arg -> arg.startsWith(prefix))
			.findFirst()
			.map(arg -> Integer.parseInt(arg.substring(prefix.length())))
			.orElse(fallback);
	}

}
