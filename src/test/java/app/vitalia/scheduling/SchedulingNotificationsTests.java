package app.vitalia.scheduling;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import app.vitalia.scheduling.notices.Reminders;
import app.vitalia.support.Api.Response;
import app.vitalia.support.Api;
import app.vitalia.support.HttpTest;
import org.jobrunr.scheduling.JobScheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static app.vitalia.scheduling.SchedulingFixtures.at;
import static app.vitalia.scheduling.SchedulingFixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;

// a database of its own: the reminder job it enqueues must be run by this context's job
// server, not by another context's (with another mail setup, or a database it has cut)
@TestPropertySource(properties = "vitalia.test.database-own=true")
class SchedulingNotificationsTests extends HttpTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reminders reminders;

	@Autowired
	Waitlist waitlist;

	@Autowired
	JobScheduler jobs;

	SchedulingFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SchedulingFixtures(this.api, this.port);
	}

	record Member(String email, String token) {
	}

	Member member(String locale) {
		String email = "patient-" + UUID.randomUUID() + "@example.com";
		Response registered = this.api.post("/api/auth/register",
				Map.of("email", email, "password", SchedulingFixtures.PASSWORD, "displayName", "Pat", "locale", locale),
				null);
		assertThat(registered.status()).isEqualTo(201);
		return new Member(email, this.api.login(email, SchedulingFixtures.PASSWORD));
	}

	String awaitMail(String recipient, String subjectStart) throws InterruptedException {
		return new MailOutbox(this.jdbc).await(recipient, subjectStart);
	}

	int mails(String recipient, String subjectStart) {
		return new MailOutbox(this.jdbc).count(recipient, subjectStart);
	}

	@Test
	void bookingAndCancellationAreConfirmedInTheMembersLanguage() throws InterruptedException {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Mail", "nutrition");
		Member english = member("en");
		Member spanish = member("es");
		LocalDate day = inDays(3);
		this.fixtures.book(english.token(), doctor.id(), at(day, "10:00"));
		String id = this.fixtures.book(spanish.token(), doctor.id(), at(day, "11:00")).text("id");
		assertThat(awaitMail(english.email(), "Appointment confirmed with Dr. Mail")).contains("Hi Pat");
		awaitMail(spanish.email(), "Cita confirmada con Dr. Mail");
		this.api.post("/api/appointments/" + id + "/cancel", Map.of(), spanish.token());
		assertThat(awaitMail(spanish.email(), "Cita cancelada con Dr. Mail")).contains("Hola Pat");
	}

	@Test
	void theConfirmationIsStoredByTheBookingItselfAndARefusedBookingStoresNone() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Same", "nutrition");
		Member first = member("en");
		Member second = member("es");
		LocalDate day = inDays(4);
		this.fixtures.book(first.token(), doctor.id(), at(day, "10:00"));
		// written in the booking's own transaction: there when the 201 arrives, no
		// waiting
		assertThat(mails(first.email(), "Appointment confirmed with Dr. Same")).isEqualTo(1);
		Response taken = this.api.post("/api/appointments",
				Map.of("doctorId", doctor.id().toString(), "startsAt", at(day, "10:00")), second.token());
		assertThat(taken.status()).isEqualTo(409);
		assertThat(mails(second.email(), "Cita confirmada")).isZero();
	}

	@Test
	void reschedulingIsConfirmedInTheMembersLanguageAndTimeZone() throws InterruptedException {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Moves", "nutrition");
		Member spanish = member("es");
		Member english = member("en");
		Response profile = this.api.put(
				"/api/me/profile", Map.of("birthDate", "1990-05-15", "sex", "FEMALE", "heightCm", 165, "weightKg", 60,
						"activityLevel", "MODERATE", "goal", "MAINTAIN", "timezone", "America/Mexico_City"),
				spanish.token());
		assertThat(profile.status()).as(profile.body().toString()).isEqualTo(200);
		LocalDate day = inDays(6);
		String mine = this.fixtures.book(spanish.token(), doctor.id(), at(day, "15:00")).text("id");
		String theirs = this.fixtures.book(english.token(), doctor.id(), at(day, "10:00")).text("id");

		assertThat(this.api
			.post("/api/appointments/" + mine + "/reschedule", Map.of("startsAt", at(day, "17:30")), spanish.token())
			.status()).isEqualTo(200);
		assertThat(this.api
			.post("/api/appointments/" + theirs + "/reschedule", Map.of("startsAt", at(day, "11:00")), doctor.token())
			.status()).isEqualTo(200);

		// Mexico City is UTC-6 all year
		assertThat(awaitMail(spanish.email(), "Cita cambiada con Dr. Moves")).contains("Hola Pat")
			.contains("ahora es el")
			.containsPattern(
					"ahora es el .* 11:30 \\(America/Mexico_City\\) \\(antes, el .*9:00 \\(America/Mexico_City\\)\\)")
			.contains("/appointments");
		assertThat(awaitMail(english.email(), "Appointment with Dr. Moves rescheduled")).contains("Hi Pat")
			.containsPattern("now on .*11:00\\W+AM \\(UTC\\) \\(it was on .*10:00\\W+AM \\(UTC\\)\\)");
	}

	@Test
	void aFreedSlotIsHeldForTheFirstOnTheWaitlist() throws InterruptedException {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Queue", "nutrition");
		Member booker = member("es");
		Member first = member("en");
		Member second = member("en");
		LocalDate day = inDays(7);
		String id = this.fixtures.book(booker.token(), doctor.id(), at(day, "10:00")).text("id");
		Response joined = this.api.post("/api/doctors/" + doctor.id() + "/waitlist", Map.of("date", day.toString()),
				first.token());
		assertThat(joined.status()).isEqualTo(201);
		assertThat(joined.body().path("position").asInt()).isEqualTo(1);
		assertThat(this.api
			.post("/api/doctors/" + doctor.id() + "/waitlist", Map.of("date", day.toString()), second.token())
			.body()
			.path("position")
			.asInt()).isEqualTo(2);
		assertThat(this.api
			.post("/api/doctors/" + doctor.id() + "/waitlist", Map.of("date", day.toString()), first.token())
			.status()).isEqualTo(409);

		String slots = "/api/doctors/available-slots?doctorId=" + doctor.id() + "&from=" + day + "&to="
				+ day.plusDays(1);
		assertThat(this.api.get(slots, first.token()).body().toString())
			.doesNotContain("\"startsAt\":\"" + day + "T10:00:00Z");

		this.api.post("/api/appointments/" + id + "/cancel", Map.of(), booker.token());
		assertThat(awaitMail(first.email(), "A slot with Dr. Queue has opened up")).contains("/doctors/");
		assertThat(mails(second.email(), "A slot")).isZero();

		assertThat(this.api.get(slots, second.token()).body().toString())
			.doesNotContain("\"startsAt\":\"" + day + "T10:00:00Z");
		assertThat(this.api.get(slots, first.token()).body().toString())
			.contains("\"startsAt\":\"" + day + "T10:00:00Z");
		Response held = this.fixtures.book(second.token(), doctor.id(), at(day, "10:00"));
		assertThat(held.status()).isEqualTo(409);
		assertThat(held.text("code")).isEqualTo("SLOT_HELD");
		assertThat(this.fixtures.book(first.token(), doctor.id(), at(day, "10:00")).status()).isEqualTo(201);
	}

	@Test
	void aSlotFreedByARescheduleIsOfferedToTheFirstOnTheWaitlistLikeACancellation() throws InterruptedException {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Moved", "nutrition");
		Member booker = member("es");
		Member waiting = member("en");
		Member other = member("en");
		LocalDate day = inDays(8);
		String id = this.fixtures.book(booker.token(), doctor.id(), at(day, "10:00")).text("id");
		assertThat(this.api
			.post("/api/doctors/" + doctor.id() + "/waitlist", Map.of("date", day.toString()), waiting.token())
			.status()).isEqualTo(201);

		Response moved = this.api.post("/api/appointments/" + id + "/reschedule", Map.of("startsAt", at(day, "12:00")),
				booker.token());

		assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
		assertThat(awaitMail(waiting.email(), "A slot with Dr. Moved has opened up")).contains("/doctors/");
		Response held = this.fixtures.book(other.token(), doctor.id(), at(day, "10:00"));
		assertThat(held.status()).isEqualTo(409);
		assertThat(held.text("code")).isEqualTo("SLOT_HELD");
		assertThat(this.fixtures.book(waiting.token(), doctor.id(), at(day, "10:00")).status()).isEqualTo(201);
	}

	@Test
	void aSlotTakenAgainBeforeTheOfferGoesOutIsNotOffered() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Retaken", "nutrition");
		Member waiting = member("en");
		LocalDate day = inDays(9);
		this.fixtures.book(member("en").token(), doctor.id(), at(day, "10:00"));
		this.api.post("/api/doctors/" + doctor.id() + "/waitlist", Map.of("date", day.toString()), waiting.token());

		assertThat(this.waitlist.offer(doctor.id(), Instant.parse(at(day, "10:00")))).isEmpty();
		assertThat(this.waitlist.offer(doctor.id(), Instant.parse(at(day, "10:10")))).isEmpty();
		assertThat(this.waitlist.offer(doctor.id(), Instant.parse(at(day, "11:00")))).isPresent();
	}

	Instant soonWithinOpeningHours() {
		Instant soon = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.HOURS);
		ZonedDateTime local = soon.atZone(ZoneOffset.UTC);
		if (local.getHour() < 8) {
			return local.withHour(8).toInstant();
		}
		if (local.toLocalTime().isAfter(LocalTime.of(19, 30))) {
			return local.toLocalDate().plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC);
		}
		return soon;
	}

	@Test
	void theReminderJobRunsThroughJobRunr() throws InterruptedException {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Job", "nutrition");
		Member member = member("es");
		this.fixtures.book(member.token(), doctor.id(), soonWithinOpeningHours().toString());
		this.jobs.<Reminders>enqueue(job -> job.sendDue());
		for (int i = 0; i < 300 && mails(member.email(), "Recordatorio: cita con Dr. Job") == 0; i++) {
			Thread.sleep(100);
		}
		assertThat(mails(member.email(), "Recordatorio: cita con Dr. Job")).isEqualTo(1);
	}

	@Test
	void remindersGoOutOnceAndOneFailureDoesNotStopTheOthers() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Remind", "nutrition");
		Member member = member("en");
		Instant soon = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.HOURS);
		ZonedDateTime local = soon.atZone(ZoneOffset.UTC);
		if (local.getHour() < 8) {
			soon = local.withHour(8).toInstant();
		}
		else if (local.toLocalTime().isAfter(LocalTime.of(19, 30))) {
			soon = local.toLocalDate().plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC);
		}
		String id = this.fixtures.book(member.token(), doctor.id(), soon.toString()).text("id");
		// an appointment whose patient has no account: its reminder fails, earlier in
		// line
		UUID broken = UUID.randomUUID();
		Instant brokenStart = Instant.now().plus(Duration.ofMinutes(90)).truncatedTo(ChronoUnit.SECONDS);
		this.jdbc.update(
				"insert into scheduling_appointment (id, doctor_id, patient_id, starts_at, ends_at, "
						+ "active_starts_at, status, created_at) values (?, ?, ?, ?, ?, ?, 'BOOKED', ?)",
				broken, doctor.id(), UUID.randomUUID(), Timestamp.from(brokenStart),
				Timestamp.from(brokenStart.plusSeconds(1800)), Timestamp.from(brokenStart),
				Timestamp.from(Instant.now()));

		this.reminders.sendDue();
		this.reminders.sendDue();

		assertThat(mails(member.email(), "Reminder: appointment with Dr. Remind")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from scheduling_reminder where appointment_id = ?",
				Integer.class, UUID.fromString(id)))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from scheduling_reminder where appointment_id = ?",
				Integer.class, broken))
			.isZero();
		this.jdbc.update("update scheduling_appointment set status = 'CANCELLED', active_starts_at = null where id = ?",
				broken);
	}

}
