package app.vitalia.scheduling;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

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
 * Admins book for members with {@code patientId}; nobody else may book for someone else.
 */
class BookingOnBehalfTests extends HttpTest {

	@Autowired
	JdbcTemplate jdbc;

	SchedulingFixtures fixtures;

	MailOutbox outbox;

	@BeforeEach
	void setUp() {
		this.fixtures = new SchedulingFixtures(this.api, this.port);
		this.outbox = new MailOutbox(this.jdbc);
	}

	Response bookFor(String token, UUID patientId, UUID doctorId, String startsAt) {
		return this.api.post("/api/appointments",
				Map.of("doctorId", doctorId.toString(), "startsAt", startsAt, "patientId", patientId.toString()),
				token);
	}

	@Test
	void anAdminBooksForAMemberWhoGetsTheConfirmationAndTheHistoryNamesTheAdmin() throws InterruptedException {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Behalf", "nutrition");
		SchedulingFixtures.Member member = this.fixtures.member("Booked For");
		String admin = this.fixtures.admin();
		UUID adminId = UUID.fromString(this.api.get("/api/me", admin).text("id"));
		LocalDate day = inDays(5);

		Response booked = bookFor(admin, member.id(), doctor.id(), at(day, "09:00"));

		assertThat(booked.status()).as(booked.body().toString()).isEqualTo(201);
		assertThat(booked.text("patientId")).isEqualTo(member.id().toString());
		String id = booked.text("id");
		Response mine = this.api.get("/api/appointments/" + id, member.token());
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.text("patientName")).isEqualTo("Booked For");
		assertThat(mine.body().path("history").get(0).path("changedBy").asString()).isEqualTo(adminId.toString());
		assertThat(this.outbox.await(member.email(), "Appointment confirmed with Dr. Behalf"))
			.contains("Hi Booked For");
		assertThat(this.outbox.count("admin@vitalia.test", "Appointment confirmed with Dr. Behalf")).isZero();
		Response patients = this.api.get("/api/patients?q=booked%20for", doctor.token());
		assertThat(patients.body().path("content").get(0).path("id").asString()).isEqualTo(member.id().toString());
	}

	@Test
	void membersAndCliniciansCannotBookForSomeoneElse() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Nobody Else", "nutrition");
		SchedulingFixtures.Member member = this.fixtures.member("Member One");
		SchedulingFixtures.Member other = this.fixtures.member("Member Two");
		String slot = at(inDays(5), "09:30");

		Response byMember = bookFor(member.token(), other.id(), doctor.id(), slot);
		assertThat(byMember.status()).isEqualTo(403);
		assertThat(byMember.contentType()).startsWith("application/problem+json");
		assertThat(byMember.text("code")).isEqualTo("FORBIDDEN");
		assertThat(bookFor(doctor.token(), other.id(), doctor.id(), slot).status()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from scheduling_appointment where doctor_id = ?",
				Integer.class, doctor.id()))
			.isZero();

		// their own id is just a normal booking
		Response own = bookFor(member.token(), member.id(), doctor.id(), slot);
		assertThat(own.status()).isEqualTo(201);
		assertThat(own.text("patientId")).isEqualTo(member.id().toString());
	}

	@Test
	void anAdminBookingForAnUnknownOrNonMemberAccountOrABadSlotIsRefusedLikeAnyBooking() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Checks", "nutrition");
		SchedulingFixtures.Clinician colleague = this.fixtures.clinicianOpenEveryDay("Dr. Colleague", "nutrition");
		SchedulingFixtures.Member member = this.fixtures.member("Checked Member");
		String admin = this.fixtures.admin();
		LocalDate day = inDays(6);

		Response unknown = bookFor(admin, UUID.randomUUID(), doctor.id(), at(day, "10:00"));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.text("code")).isEqualTo("UNKNOWN_PATIENT");
		assertThat(unknown.body().path("errors").get(0).path("field").asString()).isEqualTo("patientId");
		Response clinician = bookFor(admin, colleague.id(), doctor.id(), at(day, "10:00"));
		assertThat(clinician.status()).isEqualTo(422);
		assertThat(clinician.text("code")).isEqualTo("NOT_A_MEMBER");

		assertThat(bookFor(admin, member.id(), doctor.id(), at(day, "10:10")).text("code"))
			.isEqualTo("OUTSIDE_AVAILABILITY");
		assertThat(bookFor(admin, member.id(), doctor.id(), at(LocalDate.now().minusDays(1), "10:00")).status())
			.isEqualTo(422);
		assertThat(this.fixtures.book(this.api.newMember(), doctor.id(), at(day, "10:00")).status()).isEqualTo(201);
		Response taken = bookFor(admin, member.id(), doctor.id(), at(day, "10:00"));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.text("code")).isEqualTo("SLOT_TAKEN");
		assertThat(this.jdbc.queryForObject("select count(*) from scheduling_appointment where patient_id = ?",
				Integer.class, member.id()))
			.isZero();
	}

	@Test
	void theOpenApiSchemaDescribesPatientId() {
		String docs = this.api.get("/v3/api-docs", null).raw().body();
		assertThat(docs).contains("\"patientId\"", "Admins only: the account id of the member to book for");
	}

}
