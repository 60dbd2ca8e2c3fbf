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

	public static void main(String[] args) {
		if (args.length > 0 && !args[0].startsWith("-")) {
			System.exit(SpringApplication.exit(command(args)));
		}
		SpringApplication.run(VitaliaApplication.class, args);
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
