package app.vitalia.platform.runtime;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class AotContextShapeTests {

	/** What a build reads while it decides the beans, and what it reads besides. */
	private static final List<String> READ = List.of("spring.datasource.url", "spring.data.redis.url",
			"jobrunr.background-job-server.enabled", "server.port", "management.server.port", "logging.level.root",
			"spring.application.pid");

	@Test
	void aStartOnPostgresqlWithPortsAndLoggingOfItsOwnFitsTheBuildsContext() {
		MockEnvironment here = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db/vitalia")
			.withProperty("jobrunr.background-job-server.enabled", "true")
			.withProperty("server.port", "18095")
			.withProperty("management.server.port", "18096")
			.withProperty("logging.level.root", "debug")
			.withProperty("spring.application.pid", "4242");

		assertThat(AotContextShape.differences(built(), here, WebApplicationType.SERVLET)).isEmpty();
	}

	@Test
	void redisTheJobServerOffOrAProfileNeedOtherBeans() {
		MockEnvironment here = embeddedDefaults().withProperty("spring.data.redis.url", "redis://cache:6379")
			.withProperty("jobrunr.background-job-server.enabled", "false");
		here.setActiveProfiles("fault-injection");

		assertThat(AotContextShape.differences(built(), here, WebApplicationType.SERVLET)).containsExactly(
				"(profiles): fault-injection here, default at build",
				"jobrunr.background-job-server.enabled: 'false' here, 'true' at build",
				"spring.data.redis.url: set here, unset at build");
	}

	@Test
	void aBlankRedisUrlIsNotAnAbsentOne() {
		MockEnvironment here = embeddedDefaults().withProperty("spring.data.redis.url", " ");

		assertThat(AotContextShape.differences(built(), here, WebApplicationType.SERVLET))
			.containsExactly("spring.data.redis.url: blank here, unset at build");
	}

	@Test
	void aCommandWithoutTheWebServerNeedsOtherBeans() {
		assertThat(AotContextShape.differences(built(), embeddedDefaults(), WebApplicationType.NONE))
			.containsExactly("(application type): NONE here, SERVLET at build");
	}

	@Test
	void theManagementEndpointsOnTheServersPortNeedNoChildContext() {
		MockEnvironment here = embeddedDefaults().withProperty("server.port", "9090")
			.withProperty("management.server.port", "9090");

		assertThat(AotContextShape.differences(built(), here, WebApplicationType.SERVLET))
			.containsExactly("(management port): SAME here, DIFFERENT at build");
	}

	@Test
	void whatDecidesNoBeanIsLeftOut() {
		assertThat(AotContextShape.of(embeddedDefaults(), WebApplicationType.SERVLET, READ)).containsOnlyKeys(
				"spring.datasource.url", "spring.data.redis.url", "jobrunr.background-job-server.enabled", "(profiles)",
				"(application type)", "(management port)");
	}

	@Test
	void settingsGivenThroughTheConfigurationFilesPlaceholdersAreComparedByWhatTheyMakeUp() {
		// application.yml says management.server.port: ${VITALIA_MANAGEMENT_PORT:8081};
		// the build, with no such variable, reads both names
		StandardEnvironment build = withApplicationYml(Map.of());
		AotContextShape.Recorder recorder = new AotContextShape.Recorder(WebApplicationType.SERVLET);
		build.getPropertySources().addFirst(recorder);
		build.getProperty("management.server.port");
		build.getProperty("jobrunr.background-job-server.enabled");
		build.getProperty("server.forward-headers-strategy");
		Properties built = new Properties();
		built.putAll(AotContextShape.of(build, WebApplicationType.SERVLET, recorder.names()));
		assertThat(recorder.names()).contains("VITALIA_MANAGEMENT_PORT", "VITALIA_JOBS_ENABLED");

		// Kubernetes sets the defaults and a proxy setting of the web server's
		StandardEnvironment kubernetes = withApplicationYml(Map.of("VITALIA_MANAGEMENT_PORT", "8081",
				"VITALIA_JOBS_ENABLED", "true", "SERVER_FORWARD_HEADERS_STRATEGY", "native"));
		assertThat(AotContextShape.differences(built, kubernetes, WebApplicationType.SERVLET)).isEmpty();

		// a worker without the job server, behind Spring MVC's own forwarded-header
		// filter
		StandardEnvironment worker = withApplicationYml(
				Map.of("VITALIA_JOBS_ENABLED", "false", "SERVER_FORWARD_HEADERS_STRATEGY", "framework"));
		assertThat(AotContextShape.differences(built, worker, WebApplicationType.SERVLET)).containsExactly(
				"jobrunr.background-job-server.enabled: 'false' here, 'true' at build",
				"server.forward-headers-strategy: 'framework' here, not 'framework' at build");
	}

	/**
	 * The environment of a start with these variables and application.yml's placeholders.
	 */
	private static StandardEnvironment withApplicationYml(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		MutablePropertySources sources = environment.getPropertySources();
		sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						variables));
		sources.addLast(new MapPropertySource("application.yml",
				Map.of("management.server.port", "${VITALIA_MANAGEMENT_PORT:8081}",
						"jobrunr.background-job-server.enabled", "${VITALIA_JOBS_ENABLED:true}",
						"spring.datasource.url", "jdbc:h2:file:./data/vitalia")));
		ConfigurationPropertySources.attach(environment);
		return environment;
	}

	private static MockEnvironment embeddedDefaults() {
		return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/vitalia")
			.withProperty("jobrunr.background-job-server.enabled", "true")
			.withProperty("management.server.port", "8081");
	}

	private static Properties built() {
		Properties built = new Properties();
		built.putAll(AotContextShape.of(embeddedDefaults(), WebApplicationType.SERVLET, READ));
		return built;
	}

}
