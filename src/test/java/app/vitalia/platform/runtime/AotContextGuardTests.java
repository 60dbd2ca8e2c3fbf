package app.vitalia.platform.runtime;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.SpringProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

class AotContextGuardTests {

	private final List<String> logged = new ArrayList<>();

	@AfterEach
	void forgetTheFlag() {
		SpringProperties.setProperty(AotContextGuard.AOT_ENABLED, null);
	}

	@Test
	void aStartWithTheBuildsSettingsKeepsTheAotProcessedContext() {
		SpringProperties.setFlag(AotContextGuard.AOT_ENABLED);

		guard().postProcessEnvironment(embeddedDefaults(), application(shapeOf(embeddedDefaults())));

		assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
		assertThat(this.logged).isEmpty();
	}

	@Test
	void aStartWithRedisTurnsItOffAndSaysWhy() {
		SpringProperties.setFlag(AotContextGuard.AOT_ENABLED);

		guard().postProcessEnvironment(embeddedDefaults().withProperty("spring.data.redis.url", "redis://cache:6379"),
				application(shapeOf(embeddedDefaults())));

		assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
		assertThat(this.logged).singleElement()
			.asString()
			.contains("Starting without the build's AOT-processed context")
			.contains("spring.data.redis.url: set here, unset at build");
	}

	@Test
	void aBuildThatRecordedNoShapeIsNotTrusted() {
		SpringProperties.setFlag(AotContextGuard.AOT_ENABLED);

		guard().postProcessEnvironment(embeddedDefaults(), application(null));

		assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
		assertThat(this.logged).singleElement().asString().contains("no " + AotContextShape.RESOURCE);
	}

	@Test
	void aBuildWithoutTheGeneratedContextIsNotTrusted() {
		SpringProperties.setFlag(AotContextGuard.AOT_ENABLED);
		SpringApplication application = application(shapeOf(embeddedDefaults()));
		application.setMainApplicationClass(AotContextGuardTests.class);

		guard().postProcessEnvironment(embeddedDefaults(), application);

		assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
		assertThat(this.logged).singleElement()
			.asString()
			.contains("no " + AotContextGuardTests.class.getName() + "__ApplicationContextInitializer");
	}

	@Test
	void anOrdinaryStartIsLeftAlone() {
		guard().postProcessEnvironment(embeddedDefaults().withProperty("spring.data.redis.url", "redis://cache:6379"),
				application(shapeOf(embeddedDefaults())));

		assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
		assertThat(this.logged).isEmpty();
	}

	private AotContextGuard guard() {
		Log log = mock(Log.class);
		doAnswer(call -> this.logged.add(call.getArgument(0))).when(log).info(anyString());
		DeferredLogFactory logs = (destination) -> log;
		return new AotContextGuard(logs);
	}

	private static MockEnvironment embeddedDefaults() {
		return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/vitalia");
	}

	private static byte[] shapeOf(MockEnvironment build) {
		return AotContextShapeContribution.store(AotContextShape.of(build, WebApplicationType.SERVLET,
				List.of("spring.datasource.url", "spring.data.redis.url")));
	}

	/**
	 * A servlet application whose class path holds {@code shape} as the build's record.
	 */
	private static SpringApplication application(byte[] shape) {
		ClassLoader classLoader = new ClassLoader(AotContextGuardTests.class.getClassLoader()) {
			@Override
			public InputStream getResourceAsStream(String name) {
				if (name.equals(AotContextShape.RESOURCE)) {
					return (shape != null) ? new ByteArrayInputStream(shape) : null;
				}
				return super.getResourceAsStream(name);
			}
		};
		SpringApplication application = new SpringApplication();
		application.setMainApplicationClass(Main.class);
		application.setResourceLoader(new DefaultResourceLoader(classLoader));
		application.setWebApplicationType(WebApplicationType.SERVLET);
		return application;
	}

	/** A main class whose AOT-generated initializer is on the class path. */
	static class Main {

	}

	static class Main__ApplicationContextInitializer {

	}

}
