package app.vitalia.billing.admin;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the changes to members, subscriptions and plans this process has made, for the
 * admin lists kept in memory: a page read at one generation is not served at the next. A
 * change made in a transaction counts when the transaction ends, so a page read before
 * the commit, which still saw the old rows, is not served after it.
 */
@Component
public class ListChanges {

	private final AtomicLong generation = new AtomicLong();

	/** Read it before reading a page: the page is good for this generation at most. */
	public long generation() {
		return this.generation.get();
	}

	/**
	 * Members, subscriptions or plans were written: call it after the write (outside a
	 * transaction it counts at once).
	 */
	public void changed() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.generation.incrementAndGet();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			// an inner transaction (requires-new) registers its own while this one waits
			@Override
			public void suspend() {
				TransactionSynchronizationManager.unbindResourceIfPossible(ListChanges.this);
			}

			@Override
			public void resume() {
				TransactionSynchronizationManager.bindResource(ListChanges.this, Boolean.TRUE);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(ListChanges.this);
				ListChanges.this.generation.incrementAndGet();
			}
		});
	}

}
