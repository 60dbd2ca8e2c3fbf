package app.vitalia.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Inserts the rows of one table that many callers write at the same moment with one
 * statement and one commit per group. Each caller hands its row over and waits until the
 * statement holding it has committed: a call that returns means a stored row, as with a
 * plain insert. While one group is written, the next one gathers, so under load a commit
 * carries tens of rows, and the database spends its time on rows instead of round trips
 * and commits; a caller alone waits for its own statement only (nothing waits for
 * company).
 * <p>
 * A group whose statement breaks a constraint is written again row by row, so a bad row
 * fails its own caller only; any other failure (the database out of reach) fails the
 * whole group at once. Not for callers inside a transaction: the row commits on its own,
 * whatever the caller's transaction does next.
 */
public final class GroupedInserts implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GroupedInserts.class);

	private final MultiRowInsert insert;

	private final String table;

	private final String columns;

	private final int maxGroup;

	private final Duration wait;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final Thread writer;

	private volatile boolean closed;

	/**
	 * @param maxGroup the most rows one statement carries (at most
	 * {@link MultiRowInsert#ROWS_PER_STATEMENT}, so a group is one statement)
	 * @param wait how long a caller waits for its row's statement before it gives up with
	 * a {@link DataAccessResourceFailureException}
	 */
	public GroupedInserts(MultiRowInsert insert, String table, String columns, int maxGroup, Duration wait) {
		if (maxGroup < 1 || maxGroup > MultiRowInsert.ROWS_PER_STATEMENT) {
			throw new IllegalArgumentException(
					"a group holds 1 to " + MultiRowInsert.ROWS_PER_STATEMENT + " rows, not " + maxGroup);
		}
		this.insert = insert;
		this.table = table;
		this.columns = columns;
		this.maxGroup = maxGroup;
		this.wait = wait;
		this.writer = new Thread(this::write, "grouped-inserts-" + table);
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Inserts one row (the values of the columns, in order) and returns once it is
	 * committed.
	 * @throws DataIntegrityViolationException when the row breaks a constraint
	 * @throws DataAccessResourceFailureException when the database cannot be reached, the
	 * statement did not finish in time, or the inserts are closed (the row may or may not
	 * be stored then)
	 */
	public void insert(Object... row) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("a grouped insert commits on its own; call it outside a transaction");
		}
		Pending pending = new Pending(row, new CompletableFuture<>());
		if (this.closed) {
			throw closedFailure();
		}
		this.queue.add(pending);
		try {
			pending.stored().get(this.wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new DataAccessResourceFailureException("Could not insert into " + this.table, ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new DataAccessResourceFailureException(
					"The insert into " + this.table + " did not finish within " + this.wait, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DataAccessResourceFailureException("Interrupted while inserting into " + this.table, ex);
		}
	}

	/** Stops taking rows; the rows still waiting fail. */
	@Override
	public void close() {
		this.closed = true;
		this.writer.interrupt();
		try {
			this.writer.join(this.wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		failWaiting();
	}

	private void write() {
		List<Pending> group = new ArrayList<>(this.maxGroup);
		while (!this.closed) {
			try {
				group.add(this.queue.take());
			}
			catch (InterruptedException ex) {
				break;
			}
			this.queue.drainTo(group, this.maxGroup - 1);
			store(group);
			group.clear();
		}
		failWaiting();
	}

	private void store(List<Pending> group) {
		try {
			this.insert.rows(this.table, this.columns, group.stream().map(Pending::row).toList());
			group.forEach(pending -> pending.stored().complete(null));
		}
		catch (DataIntegrityViolationException ex) {
			if (group.size() == 1) {
				group.get(0).stored().completeExceptionally(ex);
				return;
			}
			log.debug("A group of {} rows for {} broke a constraint; writing them one by one", group.size(),
					this.table);
			for (Pending pending : group) {
				store(List.of(pending));
			}
		}
		catch (RuntimeException ex) {
			group.forEach(pending -> pending.stored().completeExceptionally(ex));
		}
	}

	private void failWaiting() {
		for (Pending pending = this.queue.poll(); pending != null; pending = this.queue.poll()) {
			pending.stored().completeExceptionally(closedFailure());
		}
	}

	private DataAccessResourceFailureException closedFailure() {
		return new DataAccessResourceFailureException("The inserts into " + this.table + " are closed");
	}

	private record Pending(Object[] row, CompletableFuture<Void> stored) {
	}

}
