package app.vitalia.platform.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * The settings that decided which beans the build's AOT-processed context holds: every
 * property read through the environment while the build made it (the conditions and bean
 * factory post-processors read them), plus the profiles, the kind of application and the
 * management port's kind. That context can only serve a start whose settings give the
 * same answers; see {@link AotContextGuard}.
 */
final class AotContextShape {

	/** Where the build leaves the shape, in the application's class path. */
	static final String RESOURCE = "META-INF/vitalia/aot-context-shape.properties";

	/**
	 * Read as set, blank, false or unset only: the conditions ask whether there is one,
	 * and the same context serves an H2 file and a PostgreSQL server.
	 */
	private static final Set<String> PRESENCE = Set.of("spring.datasource.url", "spring.flyway.url",
			"spring.data.redis.url", "vitalia.db.replica.url", "spring.mail.host");

	/**
	 * Read as this value or another: only this value makes a bean (Spring MVC's
	 * forwarded-header filter; {@code native} is a setting of the web server).
	 */
	private static final Map<String, String> ONE_VALUE = Map.of("server.forward-headers-strategy", "framework");

	/** Stand for the server and management ports, through the management port's kind. */
	private static final Set<String> PORTS = Set.of("server.port", "management.server.port");

	/**
	 * Read while the build ran but deciding no bean: logging (but for the log file, which
	 * the log file endpoint needs), the banner, this process, the build itself.
	 */
	private static final List<String> IRRELEVANT_PREFIXES = List.of("logging.", "spring.output.ansi.", "spring.banner.",
			"spring.aot.");

	private static final Set<String> IRRELEVANT = Set.of("spring.main.banner-mode", "spring.main.log-startup-info",
			"spring.application.pid", "spring.application.version", "debug", "trace");

	/**
	 * Names that are not properties but what placeholders in the configuration files ask
	 * for ({@code ${VITALIA_JOBS_ENABLED:true}}): the property they make up is read and
	 * compared itself.
	 */
	private static final Pattern PLACEHOLDER = Pattern.compile("[A-Z][A-Z0-9_]*|.*:.*");

	private AotContextShape() {
	}

	/**
	 * The shape of a context made from {@code environment} for an application of
	 * {@code type}, over the property names the build read; the keys in parentheses are
	 * not properties but what the environment and the application say.
	 */
	static Map<String, String> of(Environment environment, WebApplicationType type, Iterable<String> names) {
		Map<String, String> shape = new TreeMap<>();
		for (String name : names) {
			if (decidesBeans(name)) {
				shape.put(name, state(environment, name));
			}
		}
		Set<String> profiles = new TreeSet<>(Arrays.asList(environment.getActiveProfiles()));
		if (profiles.isEmpty()) {
			profiles.addAll(Arrays.asList(environment.getDefaultProfiles()));
		}
		shape.put("(profiles)", String.join(",", profiles));
		shape.put("(application type)", type.name());
		shape.put("(management port)", ManagementPortType.get(environment).name());
		return shape;
	}

	private static boolean decidesBeans(String name) {
		return !name.startsWith("(") && !PLACEHOLDER.matcher(name).matches() && !PORTS.contains(name)
				&& !IRRELEVANT.contains(name)
				&& (name.startsWith("logging.file.") || IRRELEVANT_PREFIXES.stream().noneMatch(name::startsWith));
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
		String making = ONE_VALUE.get(name);
		if (making != null) {
			return (value != null && making.equalsIgnoreCase(value.strip())) ? "'" + making + "'"
					: "not '" + making + "'";
		}
		if (value == null) {
			return "unset";
		}
		if (PRESENCE.contains(name)) {
			return value.isBlank() ? "blank" : "false".equalsIgnoreCase(value.strip()) ? "false" : "set";
		}
		return "'" + value + "'";
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
