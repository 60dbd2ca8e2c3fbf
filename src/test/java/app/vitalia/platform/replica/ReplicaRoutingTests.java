package app.vitalia.platform.replica;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-only transactions on a real streaming replica: a primary and a standby made by
 * deploy/local/replica.sh on two free ports (never the shared 5432 cluster), the
 * application's own DataSource, read-your-writes, the lag gauge, and a promotion drill.
 */
// declared before @SpringBootTest: registered first, its afterAll runs last,
// after Spring has closed the application
@ExtendWith(ReplicaRoutingTests.Servers.class)
@SpringBootTest(properties = { "vitalia.test.database=provided", "vitalia.db.replica.sticky-for=2s",
		"jobrunr.background-job-server.enabled=false" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaRoutingTests {

	private static final Path REPO = Path.of("").toAbsolutePath();

	private static final Path SERVERS = REPO.resolve("target/replica-" + UUID.randomUUID().toString().substring(0, 8));

	private static final int[] PORTS = new int[2];

	private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ReadYourWrites readYourWrites;

	@Autowired
	MeterRegistry registry;

	@Autowired
	@Qualifier("primaryDataSource")
	HikariDataSource primaryPool;

	@Autowired
	@Qualifier("replicaDataSource")
	HikariDataSource replicaPool;

	@DynamicPropertySource
	static void primaryAndReplica(DynamicPropertyRegistry properties) throws Exception {
		boolean postgresInstalled = System.getenv("PATH") != null
				&& java.util.Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
					.anyMatch((dir) -> Files.isExecutable(Path.of(dir, "pg_ctl")));
		if (!postgresInstalled && !CI) {
			Assumptions.abort("PostgreSQL server binaries (pg_ctl) are not installed");
		}
		// free ports, never 5432: other checkouts may run this test at the same time
		int primary = freePort();
		int replica = freePort();
		script("up", SERVERS.toString(), String.valueOf(primary), String.valueOf(replica));
		PORTS[0] = primary;
		PORTS[1] = replica;
		// both hosts, primary first: after a promotion new connections find the new
		// primary
		properties.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + primary + ",127.0.0.1:" + replica
				+ "/postgres?targetServerType=primary");
		properties.add("spring.datasource.username", () -> "postgres");
		properties.add("spring.datasource.password", () -> "");
		properties.add("vitalia.db.replica.url", () -> "jdbc:postgresql://127.0.0.1:" + replica + "/postgres");
	}

	private static int freePort() throws IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Stops the servers once the application is closed: stopped before it, its shutdown
	 * waited out the replica pool's connection timeout (30 s) for a server that was gone.
	 */
	static class Servers implements AfterAllCallback {

		@Override
		public void afterAll(ExtensionContext context) throws Exception {
			script("down", SERVERS.toString());
		}

	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	@Order(0)
	void theReplicaPoolWaitsForAConnectionNoLongerThanThePrimarys() {
		// the primary's wait is the configured one (2 s by default), not Hikari's 30 s
		assertThat(this.primaryPool.getConnectionTimeout()).isLessThan(30_000);
		assertThat(this.replicaPool.getConnectionTimeout()).isEqualTo(this.primaryPool.getConnectionTimeout());
		assertThat(this.replicaPool.getValidationTimeout()).isEqualTo(this.primaryPool.getValidationTimeout());
	}

	@Test
	@Order(1)
	void readOnlyTransactionsReadTheReplicaAndTheOthersThePrimary() {
		assertThat(inRecovery(true)).as("read-only transaction on the replica").isTrue();
		assertThat(inRecovery(false)).as("read-write transaction on the primary").isFalse();
		assertThat(new JdbcTemplate(this.dataSource).queryForObject("select pg_is_in_recovery()", Boolean.class))
			.as("no transaction: primary")
			.isFalse();
	}

	@Test
	@Order(2)
	void aMemberWhoJustChangedSomethingReadsThePrimaryUntilTheWindowEnds() throws Exception {
		signIn("member-a");
		ReadYourWritesFilter filter = new ReadYourWritesFilter(this.readYourWrites);
		filter.doFilter(new MockHttpServletRequest("GET", "/api/diary"), new MockHttpServletResponse(),
				new MockFilterChain());
		assertThat(inRecovery(true)).as("a read does not make a member sticky").isTrue();

		filter.doFilter(new MockHttpServletRequest("POST", "/api/diary"), new MockHttpServletResponse(),
				new MockFilterChain());
		assertThat(inRecovery(true)).as("right after a write: primary").isFalse();
		signIn("member-b");
		assertThat(inRecovery(true)).as("another member: replica").isTrue();
		signIn("member-a");
		Thread.sleep(2_500);
		assertThat(inRecovery(true)).as("after the 2 s window: replica again").isTrue();
	}

	@Test
	@Order(3)
	void writesReachTheReplicaAndItsLagIsExported() throws Exception {
		JdbcTemplate primary = new JdbcTemplate(this.dataSource);
		primary.execute("create table if not exists replica_probe (id int primary key)");
		primary.update("insert into replica_probe values (1)");
		TransactionTemplate readOnly = readOnly();
		long start = System.nanoTime();
		Integer seen = 0;
		while (seen == 0 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10)) {
			seen = readOnly.execute((status) -> countOnTheReplica());
		}
		double lag = this.registry.get("vitalia.db.replica.lag").gauge().value();
		System.out.printf("replica: row visible on the replica after %d ms; vitalia_db_replica_lag_seconds = %.3f%n",
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), lag);
		assertThat(seen).isEqualTo(1);
		assertThat(lag).isBetween(0.0, 5.0);
	}

	@Test
	@Order(4)
	void promotionDrillTheReplicaBecomesThePrimaryAndTheApplicationWritesToIt() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.execute("create table if not exists drill (id int primary key)");
		jdbc.update("insert into drill values (1)");
		long start = System.nanoTime();
		script("promote", SERVERS.toString());
		long promoted = System.nanoTime();
		Exception last = null;
		boolean written = false;
		while (!written && System.nanoTime() - promoted < TimeUnit.SECONDS.toNanos(30)) {
			try {
				jdbc.update("insert into drill values (2)");
				written = true;
			}
			catch (Exception ex) {
				last = ex;
				Thread.sleep(200);
			}
		}
		long writable = System.nanoTime();
		System.out.printf(
				"promotion drill: primary stopped and replica promoted in %d ms, "
						+ "application writing again %d ms after promotion%n",
				TimeUnit.NANOSECONDS.toMillis(promoted - start), TimeUnit.NANOSECONDS.toMillis(writable - promoted));
		assertThat(written).as("write after promotion (last error: %s)", last).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from drill", Integer.class)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select pg_is_in_recovery()", Boolean.class)).isFalse();
		assertThat(jdbc.queryForObject("select current_setting('port')", String.class))
			.isEqualTo(String.valueOf(PORTS[1]));
	}

	// until the create table has been replayed the replica has no such table: not seen
	// yet
	private int countOnTheReplica() {
		try {
			return new JdbcTemplate(this.dataSource).queryForObject("select count(*) from replica_probe",
					Integer.class);
		}
		catch (BadSqlGrammarException notReplayedYet) {
			return 0;
		}
	}

	private boolean inRecovery(boolean readOnly) {
		TransactionTemplate template = readOnly ? readOnly() : new TransactionTemplate(this.transactions);
		return template.execute((status) -> new JdbcTemplate(this.dataSource)
			.queryForObject("select pg_is_in_recovery()", Boolean.class));
	}

	private TransactionTemplate readOnly() {
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		template.setReadOnly(true);
		return template;
	}

	private static void signIn(String name) {
		TestingAuthenticationToken authentication = new TestingAuthenticationToken(name, null, "ROLE_MEMBER");
		authentication.setAuthenticated(true);
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

	private static void script(String... arguments) throws IOException, InterruptedException {
		String[] command = new String[arguments.length + 2];
		command[0] = "bash";
		command[1] = REPO.resolve("deploy/local/replica.sh").toString();
		System.arraycopy(arguments, 0, command, 2, arguments.length);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
		}
	}

}
