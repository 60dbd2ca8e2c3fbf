package app.vitalia.platform.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.apache.commons.logging.Log;

import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Starts on the build's AOT-processed context ({@code -Dspring.aot.enabled=true}, which
 * {@code bin/jvm.options} sets) only when this start's settings give the answers the
 * build's did. The build decided which beans exist (conditions on properties, profiles,
 * the kind of application) once, with the embedded defaults; a start with, say, Redis,
 * SMTP, a replica, the job server off or a one-off command needs other beans, so it
 * starts the ordinary way, reading its configuration classes, and logs why. While the
 * build makes that context ({@code spring.aot.processing}), this records what it reads
 * instead ({@link AotContextShapeContribution} writes it down).
 * <p>
 * Registered in {@code META-INF/spring.factories}; runs after the configuration files are
 * read and before logging starts and the context is made, the last moment the choice can
 * still change.
 */
public class AotContextGuard implements EnvironmentPostProcessor, Ordered {

	static final String AOT_ENABLED = AotDetector.AOT_ENABLED;

	private final Log log;

	public AotContextGuard(DeferredLogFactory logs) {
		this.log = logs.getLog(AotContextGuard.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (Boolean.getBoolean("spring.aot.processing")) {
			environment.getPropertySources()
				.addFirst(new AotContextShape.Recorder(application.getWebApplicationType()));
			return;
		}
		if (!AotDetector.useGeneratedArtifacts()) {
			return;
		}
		List<String> differences = differences(environment, application);
		if (!differences.isEmpty()) {
			SpringProperties.setProperty(AOT_ENABLED, "false");
			this.log.info("Starting without the build's AOT-processed context, made for other settings:\n  "
					+ String.join("\n  ", differences));
		}
	}

	private static List<String> differences(ConfigurableEnvironment environment, SpringApplication application) {
		ClassLoader classLoader = application.getClassLoader();
		Class<?> main = application.getMainApplicationClass();
		String initializer = ((main != null) ? main.getName() : "?") + "__ApplicationContextInitializer";
		if (!ClassUtils.isPresent(initializer, classLoader)) {
			return List.of("no " + initializer + " in the class path");
		}
		try (InputStream in = classLoader.getResourceAsStream(AotContextShape.RESOURCE)) {
			if (in == null) {
				return List.of("no " + AotContextShape.RESOURCE + " in the class path");
			}
			Properties built = new Properties();
			built.load(in);
			return AotContextShape.differences(built, environment, application.getWebApplicationType());
		}
		catch (IOException ex) {
			return List.of(AotContextShape.RESOURCE + " could not be read: " + ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
