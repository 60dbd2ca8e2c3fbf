package app.vitalia.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Rows handed over while a statement is being written go together in the next one, and a
 * call returns only once its row is stored; a row that breaks a constraint fails its own
 * caller only, an unreachable database fails every caller with the failure the web layer
 * answers 503.
 */
class GroupedInsertsTests {

	private final DriverManagerDataSource dataSource = new DriverManagerDataSource(
			"jdbc:h2:mem:grouped-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

	private final JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

	private final ExecutorService callers = Executors.newCachedThreadPool();

	private GroupedInserts inserts;

	@BeforeEach
	void table() {
		this.jdbc.execute("create table note (id int primary key, text varchar(20) not null)");
	}

	@AfterEach
	void stop() {
		this.callers.shutdownNow();
		if (this.inserts != null) {
			this.inserts.close();
		}
	}

	@Test
	void rowsThatArriveWhileAStatementRunsShareTheNextOne() throws Exception {
		Statements statements = new Statements(this.jdbc);
		this.inserts = new GroupedInserts(statements, "note", "id, text", 100, Duration.ofSeconds(10));
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> this.inserts.insert(0, "first"), this.callers);
		assertThat(statements.firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
		List<CompletableFuture<Void>> others = new ArrayList<>();
		List<Thread> waiting = new CopyOnWriteArrayList<>();
		for (int i = 1; i <= 20; i++) {
			int id = i;
			others.add(CompletableFuture.runAsync(() -> {
				waiting.add(Thread.currentThread());
				this.inserts.insert(id, "note " + id);
			}, this.callers));
		}
		// every caller has handed its row over and waits for it to be stored
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while ((waiting.size() < 20 || waiting.stream().anyMatch(t -> t.getState() != Thread.State.TIMED_WAITING))
				&& System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(others).noneMatch(CompletableFuture::isDone);
		assertThat(first).isNotDone();

		statements.releaseFirst.countDown();
		CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
		first.get(10, TimeUnit.SECONDS);

		assertThat(statements.sizes).containsExactly(1, 20);
		assertThat(this.jdbc.queryForObject("select count(*) from note", Integer.class)).isEqualTo(21);
		assertThat(this.jdbc.queryForObject("select text from note where id = 7", String.class)).isEqualTo("note 7");
	}

	@Test
	void aRowThatBreaksAConstraintFailsItsOwnCallerOnly() throws Exception {
		this.jdbc.update("insert into note (id, text) values (5, 'already there')");
		Statements statements = new Statements(this.jdbc);
		this.inserts = new GroupedInserts(statements, "note", "id, text", 100, Duration.ofSeconds(10));
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> this.inserts.insert(0, "first"), this.callers);
		assertThat(statements.firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
		List<CompletableFuture<Void>> others = new ArrayList<>();
		for (int i = 1; i <= 9; i++) {
			int id = i;
			others.add(CompletableFuture.runAsync(() -> this.inserts.insert(id, "note " + id), this.callers));
		}
		Thread.sleep(200);
		statements.releaseFirst.countDown();
		first.get(10, TimeUnit.SECONDS);

		for (int i = 1; i <= 9; i++) {
			CompletableFuture<Void> other = others.get(i - 1);
			if (i == 5) {
				assertThat(other).failsWithin(Duration.ofSeconds(10))
					.withThrowableOfType(java.util.concurrent.ExecutionException.class)
					.withCauseInstanceOf(DataIntegrityViolationException.class);
			}
			else {
				assertThat(other).succeedsWithin(Duration.ofSeconds(10));
			}
		}
		assertThat(this.jdbc.queryForList("select text from note order by id", String.class)).containsExactly("first",
				"note 1", "note 2", "note 3", "note 4", "already there", "note 6", "note 7", "note 8", "note 9");
	}

	@Test
	void anUnreachableDatabaseFailsTheCallerAsUnavailable() {
		DriverManagerDataSource gone = new DriverManagerDataSource(
				"jdbc:postgresql://127.0.0.1:9/nothing?connectTimeout=1", "nobody", "");
		this.inserts = new GroupedInserts(new MultiRowInsert(new JdbcTemplate(gone)), "note", "id, text", 100,
				Duration.ofSeconds(10));
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.inserts.insert(1, "lost"));
	}

	@Test
	void aCallerThatIsNotAnsweredInTimeGetsTheFailureTheWebLayerAnswers503() throws Exception {
		Statements statements = new Statements(this.jdbc);
		this.inserts = new GroupedInserts(statements, "note", "id, text", 100, Duration.ofMillis(300));
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.inserts.insert(1, "slow"))
			.withMessageContaining("did not finish within");
		statements.releaseFirst.countDown();
	}

	@Test
	void insideATransactionItRefuses() {
		this.inserts = new GroupedInserts(new MultiRowInsert(this.jdbc), "note", "id, text", 100,
				Duration.ofSeconds(10));
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
		assertThatIllegalStateException()
			.isThrownBy(() -> transaction.executeWithoutResult(status -> this.inserts.insert(1, "in a transaction")));
		assertThat(this.jdbc.queryForObject("select count(*) from note", Integer.class)).isZero();
	}

	@Test
	void onceClosedItTakesNoMoreRows() {
		this.inserts = new GroupedInserts(new MultiRowInsert(this.jdbc), "note", "id, text", 100,
				Duration.ofSeconds(10));
		this.inserts.insert(1, "before");
		this.inserts.close();
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.inserts.insert(2, "after"));
		assertThat(this.jdbc.queryForList("select text from note", String.class)).containsExactly("before");
	}

	/** Records each statement's row count; the first statement waits to be released. */
	private static final class Statements extends MultiRowInsert {

		final CountDownLatch firstStarted = new CountDownLatch(1);

		final CountDownLatch releaseFirst = new CountDownLatch(1);

		final List<Integer> sizes = new CopyOnWriteArrayList<>();

		Statements(JdbcTemplate jdbc) {
			super(jdbc);
		}

		@Override
		public void rows(String table, String columns, List<Object[]> rows) {
			if (this.firstStarted.getCount() > 0) {
				this.firstStarted.countDown();
				try {
					this.releaseFirst.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			super.rows(table, columns, rows);
			this.sizes.add(rows.size());
		}

	}

}
