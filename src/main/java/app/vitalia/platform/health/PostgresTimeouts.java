package app.vitalia.platform.health;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Network timeouts on every PostgreSQL connection pool, so a database that stops
 * answering (packets silently dropped, a host that vanished) costs a request seconds, not
 * the TCP defaults (minutes, or forever while reading a result): {@code connectTimeout}
 * bounds opening the socket, {@code loginTimeout} the handshake, and
 * {@code socketTimeout} any read, so a statement already in flight when the database went
 * silent fails too and is answered 503 {@code DATABASE_UNAVAILABLE}. Requests that start
 * after that are refused sooner: the pool validates an idle connection within its
 * validation timeout and gives up waiting for a good one after
 * {@code VITALIA_DB_CONNECTION_TIMEOUT}. A one-off command ({@code seed-demo},
 * {@code import-foods}) serves no requests and runs bulk statements that legitimately
 * take longer than a request may wait, so unless {@code vitalia.db.socket-timeout} is set
 * its reads wait up to {@link #COMMAND_SOCKET_TIMEOUT} instead. Settings in the JDBC URL
 * win; H2 has no network and takes none.
 */
@Configuration(proxyBeanMethods = false)
class PostgresTimeouts {

	static final Duration SERVING_SOCKET_TIMEOUT = Duration.ofSeconds(10);

	static final Duration COMMAND_SOCKET_TIMEOUT = Duration.ofMinutes(15);

	@Bean
	static BeanPostProcessor postgresNetworkTimeouts(Environment environment) {
		Binder binder = Binder.get(environment);
		Duration connect = binder.bind("vitalia.db.connect-timeout", Duration.class).orElse(Duration.ofSeconds(2));
		Duration socket = socketTimeout(environment);
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

	/** The configured socket timeout, else the default for a server or a command. */
	static Duration socketTimeout(Environment environment) {
		boolean command = StringUtils.hasText(environment.getProperty("vitalia.command"));
		return Binder.get(environment)
			.bind("vitalia.db.socket-timeout", Duration.class)
			.orElse(command ? COMMAND_SOCKET_TIMEOUT : SERVING_SOCKET_TIMEOUT);
	}

	private static void setUnlessInUrl(HikariDataSource pool, String name, Duration value) {
		if (!pool.getJdbcUrl().contains(name + "=") && !pool.getDataSourceProperties().containsKey(name)) {
			pool.addDataSourceProperty(name, String.valueOf(Math.max(1, value.toSeconds())));
		}
	}

}
