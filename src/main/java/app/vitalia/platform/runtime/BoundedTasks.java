package app.vitalia.platform.runtime;

import java.util.concurrent.Semaphore;

import org.springframework.core.task.TaskDecorator;

/**
 * Lets at most {@code limit} tasks of the application's executor run at once. The
 * executor starts a virtual thread per task, so without a bound a burst of events (one
 * asynchronous listener run per event and listener, every email or push round) starts as
 * many tasks at once, each wanting a connection from the pool that requests use too. The
 * permit is taken inside the task's own thread, never in the thread that submits: a
 * request or a listener that publishes more events is never held up, and a task waiting
 * for its turn holds nothing. A task must not wait for another task of this executor,
 * which nothing here does.
 */
public final class BoundedTasks implements TaskDecorator {

	private final Semaphore running;

	public BoundedTasks(int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("the limit of concurrent tasks must be at least 1, not " + limit);
		}
		this.running = new Semaphore(limit);
	}

	@Override
	public Runnable decorate(Runnable task) {
		return () -> {
			this.running.acquireUninterruptibly();
			try {
				task.run();
			}
			finally {
				this.running.release();
			}
		};
	}

}
