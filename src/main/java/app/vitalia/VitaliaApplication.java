package app.vitalia;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Vitalia: one modular Spring Boot application serving the API and the web app. With a
 * first argument that is not an option ({@code java -jar vitalia.jar import-foods ...})
 * it runs that command without the web server and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VitaliaApplication {

	static final String CARRIERS = "jdk.virtualThreadScheduler.parallelism";

	public static void main(String[] args) {
		spreadVirtualThreads();
		if (args.length > 0 && !args[0].startsWith("-")) {
			System.exit(SpringApplication.exit(command(args)));
		}
		SpringApplication.run(VitaliaApplication.class, args);
	}

	/**
	 * Requests run on virtual threads, which the JDK multiplexes over one carrier thread
	 * per core. When the operating system preempts a carrier (the database, Redis and
	 * other processes share the cores), every virtual thread queued behind it waits. Four
	 * carriers per core keep that wait short: on 2 cores under load, the 99th percentile
	 * of the clinician directory fell from ~500 ms to ~30 ms at the same throughput
	 * ({@code docs/benchmarks.md}). {@code -Djdk.virtualThreadScheduler.parallelism=}
	 * overrides it.
	 */
	static void spreadVirtualThreads() {
		if (System.getProperty(CARRIERS) == null) {
			System.setProperty(CARRIERS, String.valueOf(4 * Runtime.getRuntime().availableProcessors()));
		}
	}

	/**
	 * Runs the command {@code args[0]} with the rest as its arguments, without the web
	 * server; the returned context holds its exit code.
	 */
	static ConfigurableApplicationContext command(String... args) {
		return new SpringApplicationBuilder(VitaliaApplication.class).web(WebApplicationType.NONE)
			// above application.yml: a command must not start the background job server,
			// whose start-up tasks would still be running against a closed pool at exit
			.initializers(started -> started.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("command",
						Map.of("vitalia.command", args[0], "jobrunr.background-job-server.enabled", "false"))))
			.run(Arrays.copyOfRange(args, 1, args.length));
	}

}
