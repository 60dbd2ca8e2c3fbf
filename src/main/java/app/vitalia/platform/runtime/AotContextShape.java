package app.vitalia.platform.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * The settings that decided which beans the build's AOT-processed context holds: every
 * property the conditions and bean factory post-processors read while the build made it,
 * plus the active profiles, the kind of application and the management port's kind. That
 * context can only serve a start whose settings give the same answers; see
 * {@link AotContextGuard}.
 */
final class AotContextShape {

	/** Where the build leaves the shape, in the application's class path. */
	static final String RESOURCE = "META-INF/vitalia/aot-context-shape.properties";

	/**
	 * Read as set, blank or unset only: the conditions ask whether there is one, and the
	 * same context serves an H2 file and a PostgreSQL server.
	 */
	private static final Set<String> PRESENCE = Set.of("spring.datasource.url", "spring.flyway.url",
			"spring.data.redis.url", "vitalia.db.replica.url", "spring.mail.host");

	/** Stand for the server and management ports, through the management port's kind. */
	private static final Set<String> PORTS = Set.of("server.port", "management.server.port");

	/**
	 * Read while the build ran but deciding no bean: logging, the banner, this process.
	 */
	private static final List<String> IRRELEVANT = List.of("logging.", "spring.output.ansi.", "spring.banner.",
			"spring.main.banner-mode", "spring.main.log-startup-info", "spring.application.pid",
			"spring.application.version", "spring.aot.", "debug", "trace");

	private AotContextShape() {
	}

	/**
	 * The shape of a context made from {@code environment} for an application of
	 * {@code type}, over the property names the build read.
	 */
	static Map<String, String> of(Environment environment, WebApplicationType type, Iterable<String> names) {
		Map<String, String> shape = new TreeMap<>();
		for (String name : names) {
			if (!PORTS.contains(name) && IRRELEVANT.stream().noneMatch(name::startsWith)) {
				shape.put(name, state(environment, name));
			}
		}
		Set<String> profiles = new TreeSet<>(Arrays.asList(environment.getActiveProfiles()));
		shape.put("(profiles)", profiles.isEmpty() ? "none" : String.join(",", profiles));
		shape.put("(application type)", type.name());
		shape.put("(management port)", ManagementPortType.get(environment).name());
		CloudPlatform platform = CloudPlatform.getActive(environment);
		shape.put("(cloud platform)", (platform != null) ? platform.name() : "none");
		return shape;
	}

	/**
	 * What differs between the shape the build recorded and the one of this start, one
	 * line each; empty when the build's context fits.
	 */
	static List<String> differences(Properties built, Environment environment, WebApplicationType type) {
		Map<String, String> here = of(environment, type, built.stringPropertyNames());
		List<String> differences = new ArrayList<>();
		for (String name : new TreeSet<>(built.stringPropertyNames())) {
			String then = built.getProperty(name);
			String now = here.get(name);
			if (now != null && !now.equals(then)) {
				differences.add(name + ": " + now + " here, " + then + " at build");
			}
		}
		return differences;
	}

	private static String state(Environment environment, String name) {
		String value;
		try {
			value = environment.getProperty(name);
		}
		catch (IllegalArgumentException unresolvable) {
			return "unreadable";
		}
		if (PRESENCE.contains(name)) {
			return (value == null) ? "unset" : value.isBlank() ? "blank" : "set";
		}
		return (value == null) ? "unset" : "'" + value + "'";
	}

	/**
	 * Answers nothing and remembers every property name asked for; put first in the
	 * environment while the build makes the AOT-processed context.
	 */
	static final class Recorder extends PropertySource<Set<String>> {

		static final String NAME = "vitalia-aot-context-shape";

		private final WebApplicationType type;

		Recorder(WebApplicationType type) {
			super(NAME, new TreeSet<>());
			this.type = type;
		}

		WebApplicationType type() {
			return this.type;
		}

		Set<String> names() {
			synchronized (this.source) {
				return new TreeSet<>(this.source);
			}
		}

		@Override
		public @Nullable Object getProperty(String name) {
			synchronized (this.source) {
				this.source.add(name);
			}
			return null;
		}

	}

}
