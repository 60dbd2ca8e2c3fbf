package app.vitalia;

import org.springframework.context.ConfigurableApplicationContext;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

import java.time.LocalDate;
import java.util.Map;

import app.vitalia.support.Api;
import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.RedisConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-configuration mode: H2 in PostgreSQL mode, Caffeine cache, in-process rate
 * limits, email to the dev outbox. The migrations and the main flows must work there too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vitalia.test.database=h2", "vitalia.test.redis=false" })
class EmbeddedModeTests {

	@LocalServerPort
	int port;

	@Autowired
	CacheManager caches;

	@Autowired
	Environment environment;

	@Autowired
	ApplicationContext context;

	@Test
	void runsOnH2WithInProcessInfrastructure() {
		assertThat(this.environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:");
		assertThat(this.caches).isInstanceOf(CaffeineCacheManager.class);
		// no client is built for a service that is not configured (UnconfiguredServices)
		assertThat(this.context.getBeanNamesForType(RedisConnectionFactory.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(ConnectionFactory.class)).isEmpty();
		// made at their first use, not at start: the push key pair and the OpenAPI
		// document (their definitions: this context may be shared with other tests)
		ConfigurableListableBeanFactory beans = ((ConfigurableApplicationContext) this.context).getBeanFactory();
		assertThat(beans.getBeanDefinition("webPush").isLazyInit()).isTrue();
		assertThat(beans.getBeanDefinition("vitaliaOpenApi").isLazyInit()).isTrue();
		assertThat(beans.getBeanDefinition("openApiResource").isLazyInit()).isTrue();
		Api api = new Api(this.port);
		assertThat(api.get("/api/health", null).text("status")).isEqualTo("UP");

		String token = api.newMember();
		assertThat(api.get("/api/push/vapid-public-key", token).text("publicKey")).isNotBlank();
		assertThat(api.get("/v3/api-docs", null).text("openapi")).startsWith("3.");
		assertThat(beans.containsSingleton("webPush")).isTrue();
		assertThat(beans.containsSingleton("vitaliaOpenApi")).isTrue();
		Response saved = api
			.put("/api/me/profile",
					Map.of("birthDate", LocalDate.now().minusYears(30).toString(), "sex", "MALE", "heightCm", 175,
							"weightKg", 70, "activityLevel", "SEDENTARY", "goal", "MAINTAIN", "timezone", "UTC"),
					token);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(api.get("/api/me/targets", token).body().path("bmr").asInt()).isEqualTo(1649);
		assertThat(api.get("/api/admin/outbox", api.admin()).body().path("totalElements").asLong()).isPositive();
		// the admin's home: its figures include queries written for PostgreSQL
		assertThat(api.get("/api/admin/kpis", api.admin()).status()).isEqualTo(200);
	}

}
