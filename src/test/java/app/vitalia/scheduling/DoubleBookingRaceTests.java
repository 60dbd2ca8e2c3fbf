package app.vitalia.scheduling;

import java.time.LocalDate;
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

	@Test
	void exactlyOneOfConcurrentBookingsOfOverlappingStartsWins() throws Exception {
		raceOverlapping(this.api, this.port);
	}

	static void race(Api api, int port) throws Exception {
		SchedulingFixtures fixtures = new SchedulingFixtures(api, port);
		SchedulingFixtures.Clinician doctor = fixtures.clinicianOpenEveryDay("Dr. Race", "nutrition");
		race(api, fixtures, doctor, RACERS, List.of(at(inDays(2), "10:00")));
	}

	/**
	 * Half the racers book 10:00-10:30, half 10:15-10:45 (extra hours that day): the
	 * unique key alone would let one of each win.
	 */
	static void raceOverlapping(Api api, int port) throws Exception {
		SchedulingFixtures fixtures = new SchedulingFixtures(api, port);
		SchedulingFixtures.Clinician doctor = fixtures.clinicianOpenEveryDay("Dr. Overlap Race", "nutrition");
		LocalDate day = inDays(2);
		fixtures.openEveryDay(doctor, 30, 0, List.of(SchedulingFixtures.extraHours(day, "10:15", "10:45")));
		race(api, fixtures, doctor, 16, List.of(at(day, "10:00"), at(day, "10:15")));
	}

	private static void race(Api api, SchedulingFixtures fixtures, SchedulingFixtures.Clinician doctor, int racers,
			List<String> slots) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		try {
			// a few at a time: password hashing is memory-hard by design
			ExecutorService registrations = Executors.newFixedThreadPool(4);
			List<Future<String>> registered = new ArrayList<>();
			for (int i = 0; i < racers; i++) {
				registered.add(registrations.submit(api::newMember));
			}
			List<String> members = new ArrayList<>();
			for (Future<String> member : registered) {
				members.add(member.get());
			}
			registrations.shutdown();
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < members.size(); i++) {
				String member = members.get(i);
				String slot = slots.get(i % slots.size());
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
			assertThat(results).filteredOn(status -> status == 409).hasSize(racers - 1);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
