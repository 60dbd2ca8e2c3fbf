package app.vitalia.billing.admin;

import java.util.concurrent.atomic.AtomicLong;

import app.vitalia.platform.AfterCommit;

import org.springframework.stereotype.Component;

/**
 * Counts the changes to members, subscriptions and plans this process has made, for the
 * admin lists kept in memory: a page read at one generation is not served at the next. A
 * change made in a transaction counts when the transaction commits, so a page read before
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
		AfterCommit.run(this.generation::incrementAndGet);
	}

}
