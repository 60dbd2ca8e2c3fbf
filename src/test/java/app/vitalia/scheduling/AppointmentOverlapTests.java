package app.vitalia.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static app.vitalia.scheduling.SchedulingFixtures.at;
import static app.vitalia.scheduling.SchedulingFixtures.extraHours;
import static app.vitalia.scheduling.SchedulingFixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinician's appointments never overlap, buffer included, even when the slots were
 * laid out differently when the earlier appointment was booked.
 */
class AppointmentOverlapTests extends HttpTest {

	SchedulingFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SchedulingFixtures(this.api, this.port);
	}

	@Test
	void aLongerSlotLengthCannotOverlapAnEarlierBooking() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Longer", "nutrition");
		LocalDate day = inDays(4);
		assertThat(this.fixtures.book(this.api.newMember(), doctor.id(), at(day, "10:00")).status()).isEqualTo(201);

		// 45-minute slots: 09:30-10:15 and 10:15-11:00 overlap 10:00-10:30
		this.fixtures.openEveryDay(doctor, 45, 0, List.of());

		String member = this.api.newMember();
		for (String start : List.of("09:30", "10:15")) {
			Response refused = this.fixtures.book(member, doctor.id(), at(day, start));
			assertThat(refused.status()).as(start).isEqualTo(409);
			assertThat(refused.text("code")).isEqualTo("OVERLAPS_APPOINTMENT");
		}
		assertThat(openStarts(doctor, day)).doesNotContain(day + "T09:30:00Z", day + "T10:15:00Z")
			.contains(day + "T08:45:00Z", day + "T11:00:00Z");
		assertThat(this.fixtures.book(member, doctor.id(), at(day, "11:00")).status()).isEqualTo(201);
	}

	@Test
	void theBufferIsKeptOnBothSidesOfAnAppointment() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Buffer", "nutrition");
		LocalDate day = inDays(4);
		assertThat(this.fixtures.book(this.api.newMember(), doctor.id(), at(day, "10:00")).status()).isEqualTo(201);

		// 30-minute slots every 45 minutes: 09:30-10:00 ends right when 10:00 starts,
		// inside the 15-minute buffer
		this.fixtures.openEveryDay(doctor, 30, 15, List.of());

		Response refused = this.fixtures.book(this.api.newMember(), doctor.id(), at(day, "09:30"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("code")).isEqualTo("OVERLAPS_APPOINTMENT");
		assertThat(openStarts(doctor, day)).doesNotContain(day + "T09:30:00Z", day + "T10:15:00Z")
			.contains(day + "T08:45:00Z", day + "T11:00:00Z");
		assertThat(this.fixtures.book(this.api.newMember(), doctor.id(), at(day, "11:00")).status()).isEqualTo(201);
	}

	@Test
	void reschedulingCannotOverlapAnotherAppointmentButMayOverlapItsOwnOldTime() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Shift", "nutrition");
		LocalDate day = inDays(5);
		String member = this.api.newMember();
		String mine = this.fixtures.book(member, doctor.id(), at(day, "10:00")).text("id");
		this.fixtures.book(this.api.newMember(), doctor.id(), at(day, "12:00"));
		this.fixtures.openEveryDay(doctor, 45, 0, List.of());

		Response clash = this.api.post("/api/appointments/" + mine + "/reschedule",
				Map.of("startsAt", at(day, "11:45")), member);
		assertThat(clash.status()).isEqualTo(409);
		assertThat(clash.text("code")).isEqualTo("OVERLAPS_APPOINTMENT");
		assertThat(this.api.get("/api/appointments/" + mine, member).text("startsAt")).isEqualTo(day + "T10:00:00Z");

		Response moved = this.api.post("/api/appointments/" + mine + "/reschedule",
				Map.of("startsAt", at(day, "10:15")), member);
		assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
		assertThat(moved.text("endsAt")).isEqualTo(day + "T11:00:00Z");
	}

	@Test
	void anIdenticalStartIsStillReportedAsTaken() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Same", "nutrition");
		LocalDate day = inDays(4);
		this.fixtures.openEveryDay(doctor, 30, 0, List.of(extraHours(day, "10:15", "10:45")));
		this.fixtures.book(this.api.newMember(), doctor.id(), at(day, "10:00"));

		assertThat(this.fixtures.book(this.api.newMember(), doctor.id(), at(day, "10:00")).text("code"))
			.isEqualTo("SLOT_TAKEN");
		assertThat(this.fixtures.book(this.api.newMember(), doctor.id(), at(day, "10:15")).text("code"))
			.isEqualTo("OVERLAPS_APPOINTMENT");
	}

	private List<String> openStarts(SchedulingFixtures.Clinician doctor, LocalDate day) {
		Response slots = this.api.get(
				"/api/doctors/available-slots?doctorId=" + doctor.id() + "&from=" + day + "&to=" + day.plusDays(1),
				this.api.newMember());
		assertThat(slots.status()).isEqualTo(200);
		List<String> starts = new java.util.ArrayList<>();
		slots.body().forEach(slot -> starts.add(slot.path("startsAt").asString()));
		return starts;
	}

}
