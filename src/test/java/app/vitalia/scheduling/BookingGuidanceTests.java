package app.vitalia.scheduling;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static app.vitalia.scheduling.SchedulingFixtures.at;
import static app.vitalia.scheduling.SchedulingFixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a member needs to know before booking: where the first free slot is, which days
 * the clinician works (the only days with a waitlist), and until when they may cancel.
 */
class BookingGuidanceTests extends HttpTest {

	@Autowired
	JdbcTemplate jdbc;

	SchedulingFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SchedulingFixtures(this.api, this.port);
	}

	/** A clinician who works only on that date, 09:00 to 11:00 UTC. */
	SchedulingFixtures.Clinician workingOnlyOn(LocalDate date) {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Rarely", "nutrition");
		Response rules = this.api
			.put("/api/doctors/" + doctor.id() + "/availability",
					Map.of("timezone", "UTC", "slotMinutes", 60, "minNoticeMinutes", 60, "weekly", List.of(),
							"exceptions", List.of(SchedulingFixtures.extraHours(date, "09:00", "11:00"))),
					doctor.token());
		assertThat(rules.status()).as(rules.body().toString()).isEqualTo(200);
		return doctor;
	}

	@Test
	void theFirstOpenSlotMayBeWeeksAhead() {
		LocalDate day = inDays(17);
		SchedulingFixtures.Clinician doctor = workingOnlyOn(day);
		String member = this.api.newMember();

		Response first = this.api.get("/api/doctors/" + doctor.id() + "/first-open-slot", member);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().path("slot").path("startsAt").asString()).startsWith(day + "T09:00");

		assertThat(this.fixtures.book(member, doctor.id(), at(day, "09:00")).status()).isEqualTo(201);
		assertThat(this.api.get("/api/doctors/" + doctor.id() + "/first-open-slot", member)
			.body()
			.path("slot")
			.path("startsAt")
			.asString()).startsWith(day + "T10:00");
		assertThat(this.fixtures.book(this.api.newMember(), doctor.id(), at(day, "10:00")).status()).isEqualTo(201);
		assertThat(
				this.api.get("/api/doctors/" + doctor.id() + "/first-open-slot", member).body().path("slot").isNull())
			.isTrue();
	}

	@Test
	void theWaitlistIsOnlyForDaysTheClinicianWorks() {
		LocalDate day = inDays(5);
		SchedulingFixtures.Clinician doctor = workingOnlyOn(day);
		String member = this.api.newMember();

		Response days = this.api
			.get("/api/doctors/" + doctor.id() + "/working-days?from=" + inDays(0) + "&to=" + inDays(8), member);
		assertThat(days.status()).isEqualTo(200);
		assertThat(days.body().size()).isEqualTo(1);
		assertThat(days.body().get(0).asString()).isEqualTo(day.toString());

		Response dayOff = this.api.post("/api/doctors/" + doctor.id() + "/waitlist",
				Map.of("date", day.plusDays(1).toString()), member);
		assertThat(dayOff.status()).isEqualTo(422);
		assertThat(dayOff.contentType()).startsWith("application/problem+json");
		assertThat(dayOff.text("code")).isEqualTo("NOT_A_WORKING_DAY");
		assertThat(this.jdbc.queryForObject("select count(*) from scheduling_waitlist_entry where doctor_id = ?",
				Integer.class, doctor.id()))
			.isZero();
		assertThat(this.api.post("/api/doctors/" + doctor.id() + "/waitlist", Map.of("date", day.toString()), member)
			.status()).isEqualTo(201);
	}

	@Test
	void theCancellationWindowIsKnownBeforeBookingAndTheConfirmationAgreesWithIt() throws InterruptedException {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Window", "nutrition");
		SchedulingFixtures.Member member = this.fixtures.member("Window Member");
		MailOutbox outbox = new MailOutbox(this.jdbc);

		Response policy = this.api.get("/api/appointments/policy", member.token());
		assertThat(policy.status()).isEqualTo(200);
		assertThat(policy.body().path("cancellationWindowMinutes").asLong()).isEqualTo(24 * 60);

		ZonedDateTime soon = ZonedDateTime.now(ZoneOffset.UTC).plusHours(3).truncatedTo(ChronoUnit.HOURS);
		if (soon.getHour() < 8 || soon.getHour() >= 20) {
			// inside opening hours, still less than a day ahead
			soon = soon.toLocalDate().plusDays(soon.getHour() >= 20 ? 1 : 0).atTime(8, 0).atZone(ZoneOffset.UTC);
		}
		assertThat(this.fixtures.book(member.token(), doctor.id(), soon.toInstant().toString()).status())
			.isEqualTo(201);
		String mail = outbox.await(member.email(), "Appointment confirmed with Dr. Window");
		assertThat(mail).contains("It starts in less than 24 hours, so it can no longer be cancelled or changed online")
			.doesNotContain("You can cancel");

		SchedulingFixtures.Member later = this.fixtures.member("Later Member");
		assertThat(this.fixtures.book(later.token(), doctor.id(), at(inDays(6), "10:00")).status()).isEqualTo(201);
		assertThat(outbox.await(later.email(), "Appointment confirmed with Dr. Window"))
			.contains("You can cancel or change it online until")
			.contains(inDays(5).getDayOfMonth() + "");
	}

}
