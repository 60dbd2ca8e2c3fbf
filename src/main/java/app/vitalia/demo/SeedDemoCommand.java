package app.vitalia.demo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.vitalia.billing.bulk.BillingDemoData;
import app.vitalia.platform.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * {@code seed-demo [--demo] [--members=N] [--clinicians=N] [--appointments=N]
 * [--prefix=demo] [--password=...]}: fills the database with demo data.
 */
@Component
class SeedDemoCommand implements Command {

	static final String DEFAULT_PASSWORD = "vitalia demo password 2026";

	private static final Logger log = LoggerFactory.getLogger(SeedDemoCommand.class);

	private final DemoData demo;

	private final BillingDemoData billing;

	SeedDemoCommand(DemoData demo, BillingDemoData billing) {
		this.demo = demo;
		this.billing = billing;
	}

	@Override
	public String name() {
		return "seed-demo";
	}

	@Override
	public String description() {
		return "demo data: --demo (small set) or --members=50000 --clinicians=500 --appointments=1000000 "
				+ "[--prefix=demo] [--password=...]";
	}

	@Override
	public int run(List<String> args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument " + arg);
			}
			String[] parts = arg.substring(2).split("=", 2);
			options.put(parts[0], parts.length > 1 ? parts[1] : "true");
		}
		boolean small = options.containsKey("demo");
		DemoData.Plan plan = new DemoData.Plan(options.getOrDefault("prefix", "demo"),
				number(options, "members", small ? 200 : 50_000), number(options, "clinicians", small ? 10 : 500),
				number(options, "appointments", small ? 3_000 : 1_000_000),
				options.getOrDefault("password", DEFAULT_PASSWORD), number(options, "seed", 2026));
		long started = System.nanoTime();
		DemoData.Result result = this.demo.seed(plan);
		BillingDemoData.Seeded billed = this.billing.seed(result.memberIds(), plan.seed());
		log.info(
				"Seeded {} members, {} clinicians, {} appointments, {} subscriptions, {} payments in {}s. Sign in as "
						+ "{}-member0@demo.vitalia.app or {}-doctor0@demo.vitalia.app with the password '{}'",
				result.memberIds().size(), result.clinicianIds().size(), result.appointments(), billed.subscriptions(),
				billed.payments(), Duration.ofNanos(System.nanoTime() - started).toSeconds(), plan.prefix(),
				plan.prefix(), plan.password());
		return 0;
	}

	private static int number(Map<String, String> options, String name, int fallback) {
		String value = options.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.replace("_", ""));
			if (number < 0) {
				throw new IllegalArgumentException("--" + name + " must not be negative");
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a number");
		}
	}

}
