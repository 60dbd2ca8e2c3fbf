package app.vitalia.platform.health;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Network timeouts on every PostgreSQL connection pool, so a database that stops
 * answering (packets silently dropped, a host that vanished) costs a request seconds, not
 * the TCP defaults (minutes, or forever while reading a result): {@code connectTimeout}
 * bounds opening the socket, {@code loginTimeout} the handshake, and
 * {@code socketTimeout} any read, so a statement already in flight when the database went
 * silent fails too and is answered 503 {@code DATABASE_UNAVAILABLE}. Requests that start
 * after that are refused sooner: the pool validates an idle connection within its
 * validation timeout and gives up waiting for a good one after
 * {@code VITALIA_DB_CONNECTION_TIMEOUT}. Settings in the JDBC URL win; H2 has no network
 * and takes none.
 */
@Configuration(proxyBeanMethods = false)
class PostgresTimeouts {

	@Bean
	static BeanPostProcessor postgresNetworkTimeouts(Environment environment) {
		Binder binder = Binder.get(environment);
		Duration connect = binder.bind("vitalia.db.connect-timeout", Duration.class).orElse(Duration.ofSeconds(2));
		Duration socket = binder.bind("vitalia.db.socket-timeout", Duration.class).orElse(Duration.ofSeconds(10));
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
						&& pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
					setUnlessInUrl(pool, "connectTimeout", connect);
					setUnlessInUrl(pool, "loginTimeout", connect.plusSeconds(1));
					setUnlessInUrl(pool, "socketTimeout", socket);
				}
				return bean;
			}

		};
	}

	private static void setUnlessInUrl(HikariDataSource pool, String name, Duration value) {
		if (!pool.getJdbcUrl().contains(name + "=") && !pool.getDataSourceProperties().containsKey(name)) {
			pool.addDataSourceProperty(name, String.valueOf(Math.max(1, value.toSeconds())));
		}
	}

}
