package app.vitalia.platform.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ByteArrayResource;

/**
 * Writes down, at the end of the build's AOT processing, the shape of the context it made
 * ({@link AotContextShape#RESOURCE}), for {@link AotContextGuard} to compare each start
 * with. Registered in {@code META-INF/spring/aot.factories}. The management port's child
 * context is processed after the application's and reads more, so the last one written
 * wins.
 */
public class AotContextShapeContribution implements BeanFactoryInitializationAotProcessor {

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		ConfigurableEnvironment environment = beanFactory.getBean(ConfigurableApplicationContext.ENVIRONMENT_BEAN_NAME,
				ConfigurableEnvironment.class);
		if (!(environment.getPropertySources()
			.get(AotContextShape.Recorder.NAME) instanceof AotContextShape.Recorder recorder)) {
			return null;
		}
		return (generation, code) -> {
			Map<String, String> shape = AotContextShape.of(environment, recorder.type(), recorder.names());
			byte[] content = store(shape);
			generation.getGeneratedFiles()
				.handleFile(Kind.RESOURCE, AotContextShape.RESOURCE,
						(file) -> file.override(new ByteArrayResource(content)));
		};
	}

	/** The shape as the class path carries it, a properties file. */
	static byte[] store(Map<String, String> shape) {
		Properties properties = new Properties();
		properties.putAll(shape);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			properties.store(out, "What decided the beans of the AOT-processed context (AotContextGuard)");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
