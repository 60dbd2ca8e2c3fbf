package app.vitalia;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import app.vitalia.support.TcpProxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test context at the real services when they run: PostgreSQL on
 * 127.0.0.1:5432 (a fresh database per test run, named after this checkout so parallel
 * checkouts do not collide) and Redis on 127.0.0.1:6379. Without them tests fall back to
 * an in-memory H2 database and in-process cache and rate limits, and say so; on CI
 * ({@code CI=true}) a missing service fails the run instead.
 * <p>
 * A test can ask for a mode with {@code vitalia.test.database=h2|postgres} and
 * {@code vitalia.test.redis=false}; {@code vitalia.test.database=provided} leaves
 * {@code spring.datasource.*} to the test.
 */
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

	static final String PG_HOST = System.getenv().getOrDefault("VITALIA_TEST_PG_HOST", "127.0.0.1");

	static final int PG_PORT = 5432;

	static final String PG_USER = System.getenv().getOrDefault("VITALIA_TEST_PG_USER", "postgres");

	static final String REDIS_HOST = "127.0.0.1";

	static final int REDIS_PORT = 6379;

	private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

	private static volatile String postgresDatabase;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Map<String, Object> properties = new HashMap<>();
		String wantedDatabase = environment.getProperty("vitalia.test.database", "auto");
		// "provided": the test brings its own spring.datasource.* (e.g. a replica pair of
		// its own)
		boolean provided = wantedDatabase.equals("provided");
		boolean postgres = !provided && !wantedDatabase.equals("h2") && reachable(PG_HOST, PG_PORT, "PostgreSQL");
		if (wantedDatabase.equals("postgres") && !postgres) {
			throw new IllegalStateException("This test needs PostgreSQL on " + PG_HOST + ":" + PG_PORT);
		}
		if (postgres) {
			boolean proxied = environment.getProperty("vitalia.test.database-proxy", Boolean.class, false);
			int port = proxied ? databaseProxy().port() : PG_PORT;
			// "vitalia.test.database-own": a fresh database for this context alone, so no
			// other
			// context's job server runs its jobs and no other test's rows show in its
			// lists
			boolean own = environment.getProperty("vitalia.test.database-own", Boolean.class, false);
			properties.put("spring.datasource.url", "jdbc:postgresql://" + (proxied ? "127.0.0.1" : PG_HOST) + ":"
					+ port + "/" + (own ? ownDatabase() : postgresDatabase()));
			properties.put("spring.datasource.username", PG_USER);
			properties.put("spring.datasource.password", "");
		}
		else if (!provided) {
			properties.put("spring.datasource.url", "jdbc:h2:mem:vitalia-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		boolean redis = environment.getProperty("vitalia.test.redis", Boolean.class, true)
				&& reachable(REDIS_HOST, REDIS_PORT, "Redis");
		if (redis) {
			boolean proxied = environment.getProperty("vitalia.test.redis-proxy", Boolean.class, false);
			properties.put("spring.data.redis.url",
					"redis://" + REDIS_HOST + ":" + (proxied ? redisProxy().port() : REDIS_PORT));
		}
		else if (environment.getProperty("vitalia.test.redis-proxy", Boolean.class, false)) {
			throw new IllegalStateException("This test needs Redis on " + REDIS_HOST + ":" + REDIS_PORT);
		}
		// every context gets its own Redis namespace, so buckets and caches never leak
		// between tests
		properties.put("vitalia.redis.key-prefix", "vitalia-test-" + UUID.randomUUID() + ":");
		environment.getPropertySources().addFirst(new MapPropertySource("vitalia-test-infrastructure", properties));
	}

	private static boolean reachable(String host, int port, String service) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 500);
			return true;
		}
		catch (IOException ex) {
			if (CI) {
				throw new IllegalStateException(service + " is required on CI but " + host + ":" + port
						+ " does not answer (.ci/run starts it)");
			}
			log.warn("{} is not running on {}:{}: this test falls back to {}", service, host, port,
					service.equals("Redis") ? "in-process cache and rate limits" : "an in-memory H2 database");
			return false;
		}
	}

	private static TcpProxy databaseProxy;

	/**
	 * The one TCP proxy to the test PostgreSQL, for contexts that ask for it with
	 * {@code vitalia.test.database-proxy=true} (to cut and restore the database).
	 */
	public static synchronized TcpProxy databaseProxy() {
		if (databaseProxy == null) {
			try {
				databaseProxy = new TcpProxy(PG_HOST, PG_PORT);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return databaseProxy;
	}

	private static TcpProxy redisProxy;

	/**
	 * The one TCP proxy to the test Redis, for contexts that ask for it with
	 * {@code vitalia.test.redis-proxy=true}.
	 */
	public static synchronized TcpProxy redisProxy() {
		if (redisProxy == null) {
			try {
				redisProxy = new TcpProxy(REDIS_HOST, REDIS_PORT);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return redisProxy;
	}

	static synchronized String postgresDatabase() {
		if (postgresDatabase == null) {
			postgresDatabase = freshDatabase(checkoutDatabaseName());
			log.info("Tests run on PostgreSQL database {}", postgresDatabase);
		}
		return postgresDatabase;
	}

	private static final AtomicInteger ownDatabases = new AtomicInteger();

	/** A fresh database of one context, named after this checkout's. */
	static String ownDatabase() {
		String name = freshDatabase(checkoutDatabaseName() + "_own" + ownDatabases.incrementAndGet());
		log.info("This test context runs on a PostgreSQL database of its own, {}", name);
		return name;
	}

	private static String checkoutDatabaseName() {
		String checkout = Path.of("").toAbsolutePath().toString();
		String suffix = HexFormat.of().formatHex(checkout.getBytes(StandardCharsets.UTF_8)).hashCode() + "";
		return "vitalia_test_" + suffix.replace('-', 'n');
	}

	private static String freshDatabase(String name) {
		try (Connection admin = DriverManager
			.getConnection("jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/postgres", PG_USER, "");
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		return name;
	}

}
