package app.vitalia.scheduling;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static app.vitalia.scheduling.SchedulingFixtures.at;
import static app.vitalia.scheduling.SchedulingFixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A waitlist hold that runs out unused passes the slot to the next member in line, once,
 * however many sweeps run at the same time; with nobody left the slot is public. Time is
 * moved with the application's clock; JobRunr's server is off so only the test sweeps.
 */
@Import(MovableClock.Configuration.class)
@TestPropertySource(properties = "jobrunr.background-job-server.enabled=false")
class WaitlistHoldExpiryTests extends HttpTest {

	static final String OFFER = "A slot with Dr. Expiry has opened up";

	@Autowired
	MovableClock clock;

	@Autowired
	WaitlistOffers offers;

	@Autowired
	SchedulingProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	SchedulingFixtures fixtures;

	MailOutbox outbox;

	@BeforeEach
	void setUp() {
		this.fixtures = new SchedulingFixtures(this.api, this.port);
		this.outbox = new MailOutbox(this.jdbc);
	}

	@Test
	void anUnusedHoldPassesToTheNextInLineOnceAndThenTheSlotIsPublic() throws Exception {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Expiry", "nutrition");
		SchedulingFixtures.Member booker = this.fixtures.member("Booker");
		SchedulingFixtures.Member first = this.fixtures.member("First");
		SchedulingFixtures.Member second = this.fixtures.member("Second");
		SchedulingFixtures.Member latecomer = this.fixtures.member("Latecomer");
		LocalDate day = inDays(7);
		String slot = at(day, "10:00");
		String id = this.fixtures.book(booker.token(), doctor.id(), slot).text("id");
		join(doctor.id(), day, first);
		join(doctor.id(), day, second);

		this.api.post("/api/appointments/" + id + "/cancel", Map.of(), booker.token());
		this.outbox.await(first.email(), OFFER);
		assertThat(this.offers.passOnExpiredHolds()).isZero();
		assertThat(this.outbox.count(second.email(), OFFER)).isZero();
		assertThat(heldFor(doctor.id())).containsExactly(first.id());

		this.clock.advance(this.properties.waitlistHold().plusMinutes(1));
		sweepFromFourInstancesAtOnce();

		assertThat(this.outbox.count(second.email(), OFFER)).isEqualTo(1);
		assertThat(this.outbox.count(first.email(), OFFER)).isEqualTo(1);
		assertThat(heldFor(doctor.id())).containsExactly(second.id());
		assertThat(this.fixtures.book(first.token(), doctor.id(), slot).text("code")).isEqualTo("SLOT_HELD");
		assertThat(this.fixtures.book(latecomer.token(), doctor.id(), slot).text("code")).isEqualTo("SLOT_HELD");
		assertThat(this.offers.passOnExpiredHolds()).isZero();

		this.clock.advance(this.properties.waitlistHold().plusMinutes(1));
		sweepFromFourInstancesAtOnce();

		assertThat(heldFor(doctor.id())).isEmpty();
		assertThat(this.outbox.count(first.email(), OFFER)).isEqualTo(1);
		assertThat(this.outbox.count(second.email(), OFFER)).isEqualTo(1);
		assertThat(this.outbox.count(latecomer.email(), OFFER)).isZero();
		Response open = this.api.get(
				"/api/doctors/available-slots?doctorId=" + doctor.id() + "&from=" + day + "&to=" + day.plusDays(1),
				latecomer.token());
		assertThat(open.body().toString()).contains("\"startsAt\":\"" + day + "T10:00:00Z");
		assertThat(this.fixtures.book(latecomer.token(), doctor.id(), slot).status()).isEqualTo(201);
	}

	@Test
	void aHeldSlotThatWasBookedMeanwhileIsNotOfferedAgain() throws Exception {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Expiry", "nutrition");
		SchedulingFixtures.Member booker = this.fixtures.member("Booker");
		SchedulingFixtures.Member first = this.fixtures.member("First");
		SchedulingFixtures.Member second = this.fixtures.member("Second");
		LocalDate day = inDays(6);
		String slot = at(day, "15:00");
		String id = this.fixtures.book(booker.token(), doctor.id(), slot).text("id");
		join(doctor.id(), day, first);
		join(doctor.id(), day, second);
		this.api.post("/api/appointments/" + id + "/cancel", Map.of(), booker.token());
		this.outbox.await(first.email(), OFFER);

		this.clock.advance(this.properties.waitlistHold().plusMinutes(1));
		// the hold is over: the slot is public and someone takes it before the sweep runs
		assertThat(this.fixtures.book(this.api.newMember(), doctor.id(), slot).status()).isEqualTo(201);
		this.offers.passOnExpiredHolds();

		assertThat(heldFor(doctor.id())).isEmpty();
		assertThat(this.outbox.count(second.email(), OFFER)).isZero();
	}

	void join(UUID doctorId, LocalDate day, SchedulingFixtures.Member member) {
		assertThat(
				this.api.post("/api/doctors/" + doctorId + "/waitlist", Map.of("date", day.toString()), member.token())
					.status())
			.isEqualTo(201);
	}

	List<UUID> heldFor(UUID doctorId) {
		return this.jdbc.queryForList("select member_id from scheduling_slot_hold where doctor_id = ?", UUID.class,
				doctorId);
	}

	void sweepFromFourInstancesAtOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Integer>> sweeps = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				sweeps.add(this.offers::passOnExpiredHolds);
			}
			int ended = 0;
			for (Future<Integer> sweep : pool.invokeAll(sweeps)) {
				ended += sweep.get();
			}
			assertThat(ended).isGreaterThanOrEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
	}

}
