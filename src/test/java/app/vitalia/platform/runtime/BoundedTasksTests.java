package app.vitalia.platform.runtime;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * At most the limit of decorated tasks run at once, and tasks that start more tasks while
 * every permit is taken still all finish (a thread per task, as the application's
 * executor starts a virtual thread per task).
 */
class BoundedTasksTests {

	@Test
	void noMoreThanTheLimitRunAtOnce() throws InterruptedException {
		BoundedTasks bounded = new BoundedTasks(3);
		Concurrency concurrency = new Concurrency();
		CountDownLatch done = new CountDownLatch(30);
		ExecutorService threads = Executors.newCachedThreadPool();
		try {
			for (int i = 0; i < 30; i++) {
				threads.execute(bounded.decorate(() -> {
					concurrency.during(20);
					done.countDown();
				}));
			}
			assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(concurrency.max()).isEqualTo(3);
	}

	@Test
	void tasksThatStartTasksWhileEveryPermitIsTakenAllFinish() throws InterruptedException {
		BoundedTasks bounded = new BoundedTasks(2);
		Concurrency concurrency = new Concurrency();
		CountDownLatch done = new CountDownLatch(20 * 3);
		ExecutorService threads = Executors.newCachedThreadPool();
		try {
			for (int i = 0; i < 20; i++) {
				threads.execute(bounded.decorate(() -> {
					// like a listener whose transaction publishes two more events
					for (int child = 0; child < 2; child++) {
						threads.execute(bounded.decorate(() -> {
							concurrency.during(5);
							done.countDown();
						}));
					}
					concurrency.during(5);
					done.countDown();
				}));
			}
			assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(concurrency.max()).isEqualTo(2);
	}

	@Test
	void aLimitBelowOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BoundedTasks(0));
	}

	/** Counts the tasks inside {@link #during} and remembers the most at once. */
	static final class Concurrency {

		private final AtomicInteger now = new AtomicInteger();

		private final AtomicInteger max = new AtomicInteger();

		void during(long millis) {
			this.max.accumulateAndGet(this.now.incrementAndGet(), Math::max);
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.now.decrementAndGet();
			}
		}

		int max() {
			return this.max.get();
		}

	}

}
