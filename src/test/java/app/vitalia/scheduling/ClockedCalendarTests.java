package app.vitalia.scheduling;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

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
 * Calendar files and the dev outbox read the application's clock, not the system's. Same
 * context as {@link WaitlistHoldExpiryTests}; the clock is put back after each test.
 */
@Import(MovableClock.Configuration.class)
@TestPropertySource(properties = "jobrunr.background-job-server.enabled=false")
class ClockedCalendarTests extends HttpTest {

	static final Duration AHEAD = Duration.ofDays(3);

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	SchedulingFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SchedulingFixtures(this.api, this.port);
	}

	@Test
	void calendarFilesAndFeedsAreStampedWithTheApplicationClock() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Stamp", "nutrition");
		String member = this.api.newMember();
		LocalDate day = inDays(10);
		String id = this.fixtures.book(member, doctor.id(), at(day, "10:00")).text("id");
		String feed = this.api.post("/api/calendar-feed", Map.of(), member).text("url");
		this.clock.advance(AHEAD);
		try {
			String stamp = "DTSTAMP:" + DAY.format(this.clock.instant()) + "T";
			Response ics = this.api.get("/api/appointments/" + id + "/ics", member);
			assertThat(ics.raw().body()).contains(stamp);
			assertThat(this.api.get(feed.substring(feed.indexOf("/api/")), null).raw().body()).contains(stamp);
		}
		finally {
			this.clock.advance(AHEAD.negated());
		}
	}

	@Test
	void theDevOutboxDatesMailWithTheApplicationClock() throws InterruptedException {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Dated", "nutrition");
		SchedulingFixtures.Member member = this.fixtures.member("Dated Member");
		String id = this.fixtures.book(member.token(), doctor.id(), at(inDays(10), "11:00")).text("id");
		this.clock.advance(AHEAD);
		try {
			this.api.post("/api/appointments/" + id + "/cancel", Map.of(), member.token());
			new MailOutbox(this.jdbc).await(member.email(), "Appointment with Dr. Dated cancelled");
			Timestamp created = this.jdbc.queryForObject(
					"select created_at from platform_mail_outbox where recipient = ? and subject like ?",
					Timestamp.class, member.email(), "Appointment with Dr. Dated cancelled%");
			assertThat(created.toInstant()).isAfter(Instant.now().plus(AHEAD).minus(Duration.ofMinutes(5)));
		}
		finally {
			this.clock.advance(AHEAD.negated());
		}
	}

}
