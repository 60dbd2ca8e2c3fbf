package app.vitalia.platform.runtime;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
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
				"(profiles): fault-injection here, none at build",
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
				"(application type)", "(management port)", "(cloud platform)");
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
