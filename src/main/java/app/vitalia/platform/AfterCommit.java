package app.vitalia.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must only start once what it depends on is committed (a job that reads the
 * row, a message about it).
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	/** Runs {@code action} once the current transaction commits; at once without one. */
	public static void run(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

}
