package app.vitalia.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.vitalia.support.Api;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.Test;

import static app.vitalia.scheduling.SchedulingFixtures.at;
import static app.vitalia.scheduling.SchedulingFixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 64 members race for one slot over real HTTP: the database lets exactly one win. Runs on
 * PostgreSQL whenever it is up (always on CI), like the rest of the suite.
 */
class DoubleBookingRaceTests extends HttpTest {

	static final int RACERS = 64;

	@Test
	void exactlyOneOf64ConcurrentBookingsWins() throws Exception {
		race(this.api, this.port);
	}

	static void race(Api api, int port) throws Exception {
		SchedulingFixtures fixtures = new SchedulingFixtures(api, port);
		SchedulingFixtures.Clinician doctor = fixtures.clinicianOpenEveryDay("Dr. Race", "nutrition");
		String slot = at(inDays(2), "10:00");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(RACERS);
		try {
			// a few at a time: password hashing is memory-hard by design
			ExecutorService registrations = Executors.newFixedThreadPool(4);
			List<Future<String>> registered = new ArrayList<>();
			for (int i = 0; i < RACERS; i++) {
				registered.add(registrations.submit(api::newMember));
			}
			List<String> members = new ArrayList<>();
			for (Future<String> member : registered) {
				members.add(member.get());
			}
			registrations.shutdown();
			List<Future<Integer>> statuses = new ArrayList<>();
			for (String member : members) {
				statuses.add(pool.submit(() -> {
					start.await();
					return fixtures.book(member, doctor.id(), slot).status();
				}));
			}
			start.countDown();
			List<Integer> results = new ArrayList<>();
			for (Future<Integer> status : statuses) {
				results.add(status.get());
			}
			assertThat(results).filteredOn(status -> status == 201).hasSize(1);
			assertThat(results).filteredOn(status -> status == 409).hasSize(RACERS - 1);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
