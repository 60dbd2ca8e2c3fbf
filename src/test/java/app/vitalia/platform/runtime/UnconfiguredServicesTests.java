package app.vitalia.platform.runtime;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis and RabbitMQ are auto-configured only when Vitalia is told to use them; every
 * other auto-configuration passes.
 */
class UnconfiguredServicesTests {

	static final String[] CANDIDATES = { "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
			"org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration", null };

	@Test
	void leavesOutRedisAndRabbitWhenNeitherIsConfigured() {
		assertThat(filter(new MockEnvironment())).containsExactly(false, false, true, true);
		assertThat(filter(new MockEnvironment().withProperty(UnconfiguredServices.REDIS_URL, " ")
			.withProperty(UnconfiguredServices.RABBIT_ENABLED, "false"))).containsExactly(false, false, true, true);
	}

	@Test
	void keepsEachServiceThatIsConfigured() {
		assertThat(filter(new MockEnvironment().withProperty(UnconfiguredServices.REDIS_URL, "redis://cache:6379")))
			.containsExactly(true, false, true, true);
		assertThat(filter(new MockEnvironment().withProperty(UnconfiguredServices.RABBIT_ENABLED, "true")))
			.containsExactly(false, true, true, true);
	}

	@Test
	void isRegisteredForSpringBootAndRunsBeforeItsClassChecks() {
		// first: Spring Boot's OnClassCondition would otherwise load the classes the
		// left-out configurations name (Lettuce, Reactor) to check that they exist
		assertThat(SpringFactoriesLoader.loadFactories(AutoConfigurationImportFilter.class, null)).first()
			.isInstanceOf(UnconfiguredServices.class);
	}

	private static boolean[] filter(MockEnvironment environment) {
		UnconfiguredServices services = new UnconfiguredServices();
		services.setEnvironment(environment);
		return services.match(CANDIDATES, null);
	}

}
