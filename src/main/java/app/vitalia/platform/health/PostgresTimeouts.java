package app.vitalia.platform.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;
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
 * its reads wait up to {@link #COMMAND_SOCKET_TIMEOUT} instead, and so do Flyway's
 * migrations at start (an index built over a large table). Settings in the JDBC URL win;
 * H2 has no network and takes none.
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

	/**
	 * Flyway's connections wait for a statement as long as a one-off command's (or the
	 * configured timeout, if longer): building an index over millions of rows takes
	 * longer than a request may wait, and a migration cut short stops the start. Each
	 * connection goes back to the pool with the pool's own timeout (Hikari resets it).
	 */
	@Bean
	FlywayConfigurationCustomizer migrationsWaitLikeCommands(Environment environment) {
		Duration configured = socketTimeout(environment);
		int millis = (int) (configured.compareTo(COMMAND_SOCKET_TIMEOUT) > 0 ? configured : COMMAND_SOCKET_TIMEOUT)
			.toMillis();
		return configuration -> configuration
			.dataSource(new MigrationDataSource(configuration.getDataSource(), millis));
	}

	/** Hands out connections whose reads on PostgreSQL wait {@code millis}. */
	static final class MigrationDataSource extends DelegatingDataSource {

		private final int millis;

		MigrationDataSource(DataSource target, int millis) {
			super(target);
			this.millis = millis;
		}

		@Override
		public Connection getConnection() throws SQLException {
			return patient(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return patient(super.getConnection(username, password));
		}

		private Connection patient(Connection connection) throws SQLException {
			if (connection.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
				// sets the socket's read timeout; nothing runs on the executor
				connection.setNetworkTimeout(Runnable::run, this.millis);
			}
			return connection;
		}

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
