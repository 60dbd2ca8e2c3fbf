package app.vitalia.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import app.vitalia.nutrition.Meal;
import app.vitalia.nutrition.bulk.DiaryImports;
import app.vitalia.nutrition.bulk.DiaryImports.ImportedEntry;
import app.vitalia.platform.Command;

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

	private final DiaryImports diaries;

	private final Clock clock;

	SeedDiaryCommand(DiaryImports diaries, Clock clock) {
		this.diaries = diaries;
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
		List<UUID> foods = this.diaries.publicFoods(2000);
		if (foods.isEmpty()) {
			throw new IllegalArgumentException("the catalog has no foods yet: import them first");
		}
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(this.clock);
		Meal[] meals = Meal.values();
		List<ImportedEntry> batch = new ArrayList<>(10_000);
		long rows = 0;
		for (UUID account : accounts) {
			for (int day = 0; day < days; day++) {
				LocalDate date = today.minusDays(day);
				for (int e = 0; e < perDay; e++) {
					UUID food = foods.get(random.nextInt(foods.size()));
					batch
						.add(new ImportedEntry(account, date, meals[e % meals.length], food, 50 + random.nextInt(250)));
				}
			}
			if (batch.size() >= 5_000) {
				rows += this.diaries.importEntries(batch);
				batch.clear();
			}
		}
		rows += this.diaries.importEntries(batch);
		System.out.printf("Seeded %d diary entries for %d members over %d days in %.1f s%n", rows, accounts.size(),
				days, (System.nanoTime() - started) / 1e9);
		return 0;
	}

	private static int intArg(List<String> args, String prefix, int fallback) {
		return args.stream()
			.filter(arg -> arg.startsWith(prefix))
			.findFirst()
			.map(arg -> Integer.parseInt(arg.substring(prefix.length())))
			.orElse(fallback);
	}

}
