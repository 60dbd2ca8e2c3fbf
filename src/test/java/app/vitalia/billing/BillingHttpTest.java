package app.vitalia.billing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import app.vitalia.billing.gateway.GatewayProperties;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of billing's HTTP tests, which share one application context: the application's
 * clock can be moved forward, every billing event published (on any thread) is recorded,
 * JobRunr's server is off so only the tests run renewals, and the admin members list
 * keeps its pages for an hour.
 */
@Import(BillingHttpTest.Configuration.class)
// the admin members list keeps its pages far longer than a test takes, so what a test
// sees change there was dropped by the change itself, not by the pages' age
@TestPropertySource(
		properties = { "jobrunr.background-job-server.enabled=false", "vitalia.billing.admin-list-max-age=1h" })
abstract class BillingHttpTest extends HttpTest {

	@Autowired
	GatewayProperties gateway;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Shifted clock;

	@Autowired
	Recorded published;

	@Autowired
	Statements statements;

	BillingFixtures billing;

	@BeforeEach
	void billing() {
		this.billing = new BillingFixtures(this.api, this.gateway.webhookSecret(), this.clock);
	}

	/** The real time, moved forward on demand. */
	static final class Shifted extends Clock {

		private volatile Duration ahead = Duration.ZERO;

		void advance(Duration duration) {
			this.ahead = this.ahead.plus(duration);
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(this.ahead);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

	/** Every billing event published, in order. */
	static final class Recorded {

		final List<Object> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(Object event) {
			if (event.getClass().getPackageName().equals("app.vitalia.billing")) {
				this.events.add(event);
			}
		}

		<T> List<T> of(Class<T> type) {
			return this.events.stream().filter(type::isInstance).map(type::cast).toList();
		}

	}

	/**
	 * Counts the SQL statements that read or write billing's tables while switched on
	 * (other modules' background work does not touch them; billing's invoice-numbering
	 * thread, which may run at any time, is left out).
	 */
	static final class Statements implements BeanPostProcessor {

		private final List<String> seen = new CopyOnWriteArrayList<>();

		private volatile boolean counting;

		List<String> during(Runnable action) {
			this.seen.clear();
			this.counting = true;
			try {
				action.run();
			}
			finally {
				this.counting = false;
			}
			return List.copyOf(this.seen);
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			if (!(bean instanceof DataSource dataSource) || bean instanceof DelegatingDataSource) {
				return bean;
			}
			return new DelegatingDataSource(dataSource) {
				@Override
				public Connection getConnection() throws SQLException {
					return counted(super.getConnection());
				}
			};
		}

		private Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (this.counting
								&& (method.getName().equals("prepareStatement")
										|| method.getName().equals("prepareCall"))
								&& args[0] instanceof String sql && sql.contains("billing_")
								&& !Thread.currentThread().getName().equals("invoice-numbers")) {
							this.seen.add(sql);
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		static Statements statements() {
			return new Statements();
		}

		@Bean
		@Primary
		Shifted shiftedClock() {
			return new Shifted();
		}

		@Bean
		Recorded recordedBillingEvents() {
			return new Recorded();
		}

	}

}
