package app.vitalia.scheduling;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.support.Api;
import app.vitalia.support.HttpTest;
import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static app.vitalia.scheduling.SchedulingFixtures.at;
import static app.vitalia.scheduling.SchedulingFixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;

class SchedulingApiTests extends HttpTest {

	@Autowired
	JdbcTemplate jdbc;

	SchedulingFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SchedulingFixtures(this.api, this.port);
	}

	@Test
	void adminCreatesClinicianWhoIsListedAndSearchable() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String name = "Dra. Lucía " + tag;
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay(name, "Cardiology");

		Response one = this.api.get("/api/doctors/" + doctor.id(), doctor.token());
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.text("displayName")).isEqualTo(name);
		assertThat(one.body().path("specialties").get(0).asString()).isEqualTo("cardiology");

		Response found = this.api.get("/api/doctors?q=" + tag.toUpperCase() + "&specialty=cardiology",
				this.api.newMember());
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body().path("totalElements").asLong()).isEqualTo(1);
		assertThat(found.body().path("content").get(0).path("id").asString()).isEqualTo(doctor.id().toString());

		Response me = this.api.get("/api/me", doctor.token());
		assertThat(me.body().path("roles").get(0).asString()).isEqualTo("CLINICIAN");
	}

	@Test
	void onlyAdminsCreateCliniciansAndBadInputIsA400() {
		String member = this.api.newMember();
		Map<String, Object> body = Map.of("email", "x-" + UUID.randomUUID() + "@example.com", "displayName", "X",
				"specialties", List.of("nutrition"), "timezone", "UTC", "slotMinutes", 30);
		assertThat(this.api.post("/api/doctors", body, member).status()).isEqualTo(403);
		Response badZone = this.api.post(
				"/api/doctors", Map.of("email", "y-" + UUID.randomUUID() + "@example.com", "displayName", "Y",
						"specialties", List.of(), "timezone", "Mars/Olympus", "slotMinutes", 30),
				this.fixtures.admin());
		assertThat(badZone.status()).isEqualTo(400);
		assertThat(badZone.body().path("errors").get(0).path("field").asString()).isEqualTo("timezone");
		assertThat(badZone.body().path("errors").get(0).path("code").asString()).isEqualTo("INVALID_TIME_ZONE");
		Response missing = this.api.post("/api/doctors", Map.of("displayName", "Z"), this.fixtures.admin());
		assertThat(missing.status()).isEqualTo(400);
	}

	@Test
	void clinicianWithoutPasswordIsInvitedByEmail() {
		String email = "invited-" + UUID.randomUUID() + "@example.com";
		Response created = this.api.post("/api/doctors", Map.of("email", email, "displayName", "Dr. Invited",
				"specialties", List.of("nutrition"), "timezone", "Europe/Madrid", "slotMinutes", 45),
				this.fixtures.admin());
		assertThat(created.status()).isEqualTo(201);
		String body = this.jdbc.queryForObject("select body from platform_mail_outbox where recipient = ?",
				String.class, email);
		assertThat(body).contains("/reset-password?token=");
	}

	@Test
	void slotsAreOfferedWithOffsetsAndTheRangeIsCapped() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Slots", "nutrition");
		String member = this.api.newMember();
		LocalDate day = inDays(3);
		Response slots = this.api.get(
				"/api/doctors/available-slots?doctorId=" + doctor.id() + "&from=" + day + "&to=" + day.plusDays(1),
				member);
		assertThat(slots.status()).isEqualTo(200);
		assertThat(slots.body().size()).isEqualTo(24);
		assertThat(slots.body().get(0).path("startsAt").asString()).isEqualTo(day + "T08:00:00Z");
		assertThat(slots.body().get(0).path("endsAt").asString()).isEqualTo(day + "T08:30:00Z");

		Response booked = this.fixtures.book(member, doctor.id(), at(day, "08:00"));
		assertThat(booked.status()).isEqualTo(201);
		Response after = this.api.get(
				"/api/doctors/available-slots?doctorId=" + doctor.id() + "&from=" + day + "&to=" + day.plusDays(1),
				member);
		assertThat(after.body().size()).isEqualTo(23);
		assertThat(after.body().get(0).path("startsAt").asString()).isEqualTo(day + "T08:30:00Z");
		// the listing is cached per clinician: a cancellation puts the slot back at once
		this.api.post("/api/appointments/" + booked.text("id") + "/cancel", Map.of(), member);
		assertThat(this.api
			.get("/api/doctors/available-slots?doctorId=" + doctor.id() + "&from=" + day + "&to=" + day.plusDays(1),
					member)
			.body()
			.size()).isEqualTo(24);
		assertThat(this.fixtures.book(member, doctor.id(), at(day, "08:00")).status()).isEqualTo(201);

		Response bySpecialty = this.api
			.get("/api/doctors/available-slots?specialty=nutrition&from=" + day + "&to=" + day.plusDays(1), member);
		assertThat(bySpecialty.status()).isEqualTo(200);
		assertThat(bySpecialty.body().toString()).contains(doctor.id().toString());

		Response tooLong = this.api.get(
				"/api/doctors/available-slots?doctorId=" + doctor.id() + "&from=" + day + "&to=" + day.plusDays(40),
				member);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body().path("errors").get(0).path("code").asString()).isEqualTo("RANGE_TOO_LONG");
	}

	@Test
	void bookingRulesAnswer201409And422() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Rules", "nutrition");
		String member = this.api.newMember();
		LocalDate day = inDays(2);

		Response booked = this.fixtures.book(member, doctor.id(), at(day, "09:30"));
		assertThat(booked.status()).isEqualTo(201);
		assertThat(booked.header("Location")).endsWith("/api/appointments/" + booked.text("id"));
		assertThat(booked.text("status")).isEqualTo("BOOKED");
		assertThat(booked.text("doctorId")).isEqualTo(doctor.id().toString());
		assertThat(booked.text("endsAt")).isEqualTo(day + "T10:00:00Z");

		Response taken = this.fixtures.book(this.api.newMember(), doctor.id(), at(day, "09:30"));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.text("code")).isEqualTo("SLOT_TAKEN");

		assertThat(this.fixtures.book(member, doctor.id(), at(day, "09:45")).text("code"))
			.isEqualTo("OUTSIDE_AVAILABILITY");
		assertThat(this.fixtures.book(member, doctor.id(), at(day, "21:00")).status()).isEqualTo(422);
		assertThat(this.fixtures.book(member, doctor.id(), at(inDays(-1), "10:00")).text("code"))
			.isEqualTo("IN_THE_PAST");
		java.time.Instant now = java.time.Instant.now();
		java.time.Instant withinNotice = now.truncatedTo(java.time.temporal.ChronoUnit.HOURS)
			.plus(Duration.ofMinutes(now.atZone(java.time.ZoneOffset.UTC).getMinute() >= 30 ? 60 : 30));
		assertThat(this.fixtures.book(member, doctor.id(), withinNotice.toString()).text("code"))
			.isEqualTo("INSIDE_MINIMUM_NOTICE");
		assertThat(this.fixtures.book(member, doctor.id(), at(inDays(200), "10:00")).text("code"))
			.isEqualTo("BEYOND_BOOKING_HORIZON");
		assertThat(this.fixtures.book(member, UUID.randomUUID(), at(day, "10:00")).status()).isEqualTo(404);
		assertThat(this.api.post("/api/appointments", Map.of("startsAt", "tomorrow"), member).status()).isEqualTo(400);
	}

	@Test
	void listsDependOnWhoAsks() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Lists", "nutrition");
		SchedulingFixtures.Clinician other = this.fixtures.clinicianOpenEveryDay("Dr. Other", "nutrition");
		String ana = this.api.newMember();
		String bob = this.api.newMember();
		LocalDate day = inDays(4);
		String anaId = this.fixtures.book(ana, doctor.id(), at(day, "10:00")).text("id");
		this.fixtures.book(ana, other.id(), at(day, "11:00"));
		String bobId = this.fixtures.book(bob, doctor.id(), at(day, "12:00")).text("id");

		Response anaList = this.api.get("/api/appointments", ana);
		assertThat(anaList.body().path("content").size()).isEqualTo(2);
		assertThat(anaList.body().path("content").get(0).path("doctorName").asString()).isEqualTo("Dr. Lists");

		Response agenda = this.api.get("/api/appointments?from=" + day + "&to=" + day.plusDays(1), doctor.token());
		assertThat(agenda.body().path("content").size()).isEqualTo(2);
		assertThat(agenda.body().path("content").get(1).path("id").asString()).isEqualTo(bobId);
		assertThat(agenda.body().path("content").get(1).path("patientName").asString()).isEqualTo("Test Member");

		Response page = this.api.get("/api/appointments?doctorId=" + doctor.id() + "&size=1&status=BOOKED",
				this.fixtures.admin());
		assertThat(page.body().path("content").size()).isEqualTo(1);
		assertThat(page.body().path("hasNext").asBoolean()).isTrue();

		assertThat(this.api.get("/api/appointments/" + anaId, bob).status()).isEqualTo(404);
		assertThat(this.api.get("/api/appointments/" + anaId, other.token()).status()).isEqualTo(404);
		assertThat(this.api.get("/api/appointments/" + anaId, doctor.token()).status()).isEqualTo(200);

		Response patients = this.api.get("/api/patients", doctor.token());
		assertThat(patients.status()).isEqualTo(200);
		assertThat(patients.body().path("totalElements").asLong()).isEqualTo(2);
		this.fixtures.book(ana, doctor.id(), at(day, "15:00")); // a second booking adds
																// no patient
		for (String query : List.of("", "&q=test")) {
			Response first = this.api.get("/api/patients?size=1" + query, doctor.token());
			assertThat(first.body().path("content").size()).isEqualTo(1);
			assertThat(first.body().path("totalElements").asLong()).isEqualTo(2);
			assertThat(first.body().path("hasNext").asBoolean()).isTrue();
			Response second = this.api.get("/api/patients?size=1&page=1" + query, doctor.token());
			assertThat(second.body().path("content").get(0).path("id").asString())
				.isNotEqualTo(first.body().path("content").get(0).path("id").asString());
			assertThat(second.body().path("content").get(0).path("email").asString()).contains("@");
			assertThat(second.body().path("hasNext").asBoolean()).isFalse();
		}
		assertThat(this.api.get("/api/patients?q=test", this.fixtures.admin()).status()).isEqualTo(200);
		assertThat(this.api.get("/api/patients", ana).status()).isEqualTo(403);
	}

	@Test
	void statusChangesAreRecordedWithWhoAndWhen() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. History", "nutrition");
		String member = this.api.newMember();
		LocalDate day = inDays(5);
		String id = this.fixtures.book(member, doctor.id(), at(day, "10:00")).text("id");

		Response moved = this.api.post("/api/appointments/" + id + "/reschedule", Map.of("startsAt", at(day, "11:00")),
				member);
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.text("startsAt")).isEqualTo(day + "T11:00:00Z");
		assertThat(this.fixtures.book(this.api.newMember(), doctor.id(), at(day, "10:00")).status()).isEqualTo(201);

		String blocker = this.fixtures.book(this.api.newMember(), doctor.id(), at(day, "12:00")).text("id");
		Response clash = this.api.post("/api/appointments/" + id + "/reschedule", Map.of("startsAt", at(day, "12:00")),
				member);
		assertThat(clash.status()).isEqualTo(409);
		assertThat(this.api.get("/api/appointments/" + id, member).text("startsAt")).isEqualTo(day + "T11:00:00Z");

		Response early = this.api.post("/api/appointments/" + id + "/complete", Map.of(), doctor.token());
		assertThat(early.text("code")).isEqualTo("NOT_STARTED");
		assertThat(this.api.post("/api/appointments/" + id + "/complete", Map.of(), member).status()).isEqualTo(403);

		Response cancelled = this.api.post("/api/appointments/" + id + "/cancel", Map.of("reason", "travelling"),
				member);
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
		assertThat(cancelled.body().path("history").size()).isEqualTo(3);
		assertThat(cancelled.body().path("history").get(2).path("note").asString()).isEqualTo("travelling");
		assertThat(cancelled.body().path("history").get(1).path("note").asString()).startsWith("rescheduled from");
		assertThat(this.api.post("/api/appointments/" + id + "/cancel", Map.of(), member).text("code"))
			.isEqualTo("INVALID_STATUS_TRANSITION");
		assertThat(this.fixtures.book(this.api.newMember(), doctor.id(), at(day, "11:00")).status()).isEqualTo(201);

		Response history = this.api.get("/api/appointments/" + blocker + "/history", doctor.token());
		assertThat(history.body().get(0).path("status").asString()).isEqualTo("BOOKED");
	}

	@Test
	void membersCannotCancelInsideTheWindowButClinicianCan() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Window", "nutrition");
		String member = this.api.newMember();
		java.time.Instant soon = java.time.Instant.now()
			.plus(Duration.ofHours(3))
			.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		java.time.ZonedDateTime local = soon.atZone(java.time.ZoneOffset.UTC);
		if (local.getHour() < 8) {
			soon = local.withHour(8).toInstant();
		}
		else if (local.toLocalTime().isAfter(java.time.LocalTime.of(19, 30))) {
			soon = local.toLocalDate().plusDays(1).atTime(8, 0).toInstant(java.time.ZoneOffset.UTC);
		}
		String id = this.fixtures.book(member, doctor.id(), soon.toString()).text("id");
		Response refused = this.api.post("/api/appointments/" + id + "/cancel", Map.of(), member);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("code")).isEqualTo("CANCELLATION_WINDOW_PASSED");
		assertThat(this.api.post("/api/appointments/" + id + "/cancel", Map.of(), doctor.token()).status())
			.isEqualTo(200);
	}

	@Test
	void calendarFilesAndPrivateFeeds() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Calendar", "nutrition");
		String member = this.api.newMember();
		LocalDate day = inDays(6);
		String id = this.fixtures.book(member, doctor.id(), at(day, "10:00")).text("id");

		Response ics = this.api.get("/api/appointments/" + id + "/ics", member);
		assertThat(ics.status()).isEqualTo(200);
		assertThat(ics.contentType()).startsWith("text/calendar");
		String text = ics.raw().body();
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n")
			.contains("UID:" + id + "@vitalia.app\r\n")
			.contains("DTSTART:" + day.toString().replace("-", "") + "T100000Z\r\n")
			.contains("SUMMARY:Vitalia: Dr. Calendar\r\n");

		Response feed = this.api.post("/api/calendar-feed", Map.of(), doctor.token());
		assertThat(feed.status()).isEqualTo(201);
		String path = feed.text("url").substring(feed.text("url").indexOf("/api/"));
		Response served = this.api.get(path, null);
		assertThat(served.status()).isEqualTo(200);
		assertThat(served.raw().body()).contains("UID:" + id + "@vitalia.app");

		assertThat(this.api.delete("/api/calendar-feed", doctor.token()).status()).isEqualTo(204);
		assertThat(this.api.get(path, null).status()).isEqualTo(404);
		assertThat(this.api.get("/api/calendar-feed", null).status()).isEqualTo(401);
	}

	@Test
	void feedsLeaveOutReasonsUnlessAskedAndDieWithAPasswordChange() throws InterruptedException {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Private", "nutrition");
		SchedulingFixtures.Member member = this.fixtures.member("Private Member");
		Response booked = this.api.post("/api/appointments", Map.of("doctorId", doctor.id().toString(), "startsAt",
				at(inDays(7), "10:00"), "reason", "recurring migraines"), member.token());
		assertThat(booked.status()).isEqualTo(201);

		String plain = feedPath(this.api.post("/api/calendar-feed", "", member.token()));
		assertThat(this.api.get(plain, null).raw().body()).contains("BEGIN:VEVENT").doesNotContain("migraines");
		String detailed = feedPath(this.api.post("/api/calendar-feed?includeReason=true", "", member.token()));
		assertThat(this.api.get(detailed, null).raw().body()).contains("DESCRIPTION:recurring migraines");

		assertThat(this.api
			.post("/api/me/password", Map.of("currentPassword", SchedulingFixtures.PASSWORD, "newPassword",
					"an entirely new lighthouse keeper"), member.token())
			.status()).isEqualTo(204);
		int status = 200;
		for (int attempt = 0; attempt < 50 && status == 200; attempt++) {
			Thread.sleep(100);
			status = this.api.get(detailed, null).status();
		}
		assertThat(status).isEqualTo(404);
	}

	private static String feedPath(Response created) {
		assertThat(created.status()).isEqualTo(201);
		return created.text("url").substring(created.text("url").indexOf("/api/"));
	}

	@Test
	void availabilityIsEditedOnlyByTheClinicianOrAnAdmin() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Own", "nutrition");
		SchedulingFixtures.Clinician other = this.fixtures.clinicianOpenEveryDay("Dr. Else", "nutrition");
		Map<String, Object> rules = Map.of("timezone", "Europe/Madrid", "slotMinutes", 20, "bufferMinutes", 10,
				"weekly", List.of(Map.of("dayOfWeek", "MONDAY", "start", "09:00", "end", "13:00")), "exceptions",
				List.of(Map.of("date", inDays(10).toString(), "type", "OFF")));
		assertThat(this.api.put("/api/doctors/" + doctor.id() + "/availability", rules, other.token()).status())
			.isEqualTo(403);
		Response saved = this.api.put("/api/doctors/" + doctor.id() + "/availability", rules, this.fixtures.admin());
		assertThat(saved.status()).isEqualTo(200);
		Response read = this.api.get("/api/doctors/" + doctor.id() + "/availability", other.token());
		assertThat(read.body().path("bufferMinutes").asInt()).isEqualTo(10);
		assertThat(read.body().path("weekly").get(0).path("dayOfWeek").asString()).isEqualTo("MONDAY");
		assertThat(read.body().path("exceptions").get(0).path("type").asString()).isEqualTo("OFF");
		Response backwards = this.api.put("/api/doctors/" + doctor.id() + "/availability", Map.of("timezone", "UTC",
				"slotMinutes", 20, "weekly", List.of(Map.of("dayOfWeek", "MONDAY", "start", "13:00", "end", "09:00"))),
				doctor.token());
		assertThat(backwards.status()).isEqualTo(400);
		// ranges of one day may touch, not overlap; the saved rules stay as they were
		Response touching = this.api.put("/api/doctors/" + doctor.id() + "/availability",
				Map.of("timezone", "UTC", "slotMinutes", 20, "weekly",
						List.of(Map.of("dayOfWeek", "MONDAY", "start", "09:00", "end", "13:00"),
								Map.of("dayOfWeek", "MONDAY", "start", "13:00", "end", "17:00"),
								Map.of("dayOfWeek", "TUESDAY", "start", "10:00", "end", "19:00"))),
				doctor.token());
		assertThat(touching.status()).isEqualTo(200);
		Response overlapping = this.api.put("/api/doctors/" + doctor.id() + "/availability",
				Map.of("timezone", "UTC", "slotMinutes", 20, "weekly",
						List.of(Map.of("dayOfWeek", "MONDAY", "start", "09:00", "end", "18:00"),
								Map.of("dayOfWeek", "TUESDAY", "start", "16:00", "end", "19:00"),
								Map.of("dayOfWeek", "MONDAY", "start", "16:00", "end", "19:00"))),
				doctor.token());
		assertThat(overlapping.status()).isEqualTo(400);
		assertThat(overlapping.body().path("errors").get(0).path("field").asString()).isEqualTo("weekly[2].start");
		assertThat(overlapping.body().path("errors").get(0).path("code").asString()).isEqualTo("OVERLAPPING_HOURS");
		assertThat(this.api.get("/api/doctors/" + doctor.id() + "/availability", other.token()).body().path("weekly"))
			.hasSize(3);

		Response patched = this.api.patch("/api/doctors/" + doctor.id(), Map.of("bio", "Nutrición deportiva",
				"languages", List.of("es", "en"), "photoUrl", "https://example.com/p.jpg"), doctor.token());
		assertThat(patched.status()).isEqualTo(200);
		assertThat(this.api.get("/api/doctors/" + doctor.id(), other.token()).text("bio"))
			.isEqualTo("Nutrición deportiva");
		assertThat(this.api.patch("/api/doctors/" + doctor.id(), Map.of("bio", "x"), other.token()).status())
			.isEqualTo(403);
	}

}
