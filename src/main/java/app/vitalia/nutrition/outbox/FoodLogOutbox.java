package app.vitalia.nutrition.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.members.MemberId;
import app.vitalia.nutrition.DiaryEntryId;
import app.vitalia.nutrition.FoodId;
import app.vitalia.nutrition.FoodLogged;
import app.vitalia.nutrition.FoodsLogged;
import app.vitalia.nutrition.Meal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The diary's outbox. {@link #add} records a {@link FoodLogged} in the entry's own
 * transaction; one thread per instance hands them to the other modules as
 * {@link FoodsLogged} batches of at most {@value #BATCH}, publishing a batch and deleting
 * its rows in one transaction (rows another instance is handing over are skipped). The
 * thread wakes when an entry commits, waits {@value #LINGER_MS} ms so a batch can fill,
 * and otherwise looks every second (entries left by a crash or a stop).
 */
@Component
public class FoodLogOutbox implements SmartLifecycle {

	static final int BATCH = 500;

	public static final long LINGER_MS = 50;

	private static final Logger log = LoggerFactory.getLogger(FoodLogOutbox.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Semaphore committed = new Semaphore(0);

	private volatile boolean running;

	private @Nullable Thread worker;

	public FoodLogOutbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
	}

	/** Records the entry's announcement in the caller's transaction. */
	public void add(FoodLogged logged) {
		this.jdbc.update(
				"insert into nutrition_food_logged (member_id, entry_id, entry_date, meal, food_id, kcal) "
						+ "values (?, ?, ?, ?, ?, ?)",
				logged.memberId().id(), logged.entryId().id(), logged.date(), logged.meal().name(),
				logged.foodId().id(), logged.kcal());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					FoodLogOutbox.this.committed.release();
				}
			});
		}
		else {
			this.committed.release();
		}
	}

	/**
	 * Hands the oldest waiting entries over as one {@link FoodsLogged}.
	 * @return how many entries the batch held (0 when none was waiting)
	 */
	public int deliver() {
		Integer delivered = this.transactions.execute(status -> {
			List<Row> batch = this.jdbc
				.query("select seq, member_id, entry_id, entry_date, meal, food_id, kcal from nutrition_food_logged "
						+ "order by seq limit ? for update skip locked", (rs, i) -> row(rs), BATCH);
			if (batch.isEmpty()) {
				return 0;
			}
			this.events.publishEvent(new FoodsLogged(batch.stream().map(Row::logged).toList()));
			this.jdbc.update(
					"delete from nutrition_food_logged where seq in ("
							+ String.join(", ", Collections.nCopies(batch.size(), "?")) + ")",
					batch.stream().map(Row::seq).toArray());
			return batch.size();
		});
		return delivered == null ? 0 : delivered;
	}

	private void run() {
		while (this.running) {
			try {
				if (this.committed.tryAcquire(1, TimeUnit.SECONDS)) {
					Thread.sleep(LINGER_MS);
				}
				this.committed.drainPermits();
				while (this.running && deliver() == BATCH) {
					// a full batch: more are waiting
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// the rows stay; the next round (at most a second later) tries again
				log.warn("Handing logged foods to the listeners failed: {}", ex.toString());
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
		Thread thread = new Thread(this::run, "food-logged-outbox");
		thread.setDaemon(true);
		thread.start();
		this.worker = thread;
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.worker;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private record Row(long seq, FoodLogged logged) {
	}

	private static Row row(ResultSet rs) throws SQLException {
		double kcal = rs.getDouble(7);
		return new Row(rs.getLong(1),
				new FoodLogged(MemberId.of(rs.getObject(2, UUID.class)), DiaryEntryId.of(rs.getObject(3, UUID.class)),
						rs.getObject(4, LocalDate.class), Meal.valueOf(rs.getString(5)),
						FoodId.of(rs.getObject(6, UUID.class)), rs.wasNull() ? null : kcal));
	}

}
