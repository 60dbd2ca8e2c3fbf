package app.vitalia.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.vitalia.scheduling.appointments.Appointment;
import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static app.vitalia.scheduling.SchedulingFixtures.at;
import static app.vitalia.scheduling.SchedulingFixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appointment lists answer the real number of appointments the filter matches, in the
 * order asked for.
 */
class AppointmentListTests extends HttpTest {

	SchedulingFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SchedulingFixtures(this.api, this.port);
	}

	@Test
	void everyPageCarriesTheRealTotalAndHasNextAgreesWithIt() {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Counted", "nutrition");
		LocalDate day = inDays(3);
		for (String time : List.of("09:00", "09:30", "10:00", "10:30", "11:00")) {
			assertThat(this.fixtures.book(this.api.newMember(), doctor.id(), at(day, time)).status()).isEqualTo(201);
		}
		String admin = this.fixtures.admin();
		String list = "/api/appointments?doctorId=" + doctor.id() + "&size=2";

		for (int page = 0; page < 3; page++) {
			JsonNode body = this.api.get(list + "&page=" + page, admin).body();
			assertThat(body.path("totalElements").asLong()).isEqualTo(5);
			assertThat(body.path("content").size()).isEqualTo(page < 2 ? 2 : 1);
			assertThat(body.path("hasNext").asBoolean()).isEqualTo(page < 2);
		}
		JsonNode beyond = this.api.get(list + "&page=7", admin).body();
		assertThat(beyond.path("content").size()).isZero();
		assertThat(beyond.path("totalElements").asLong()).isEqualTo(5);
		JsonNode fromLater = this.api.get(list + "&from=" + at(day, "10:00").replace("Z", "%2B00:00"), admin).body();
		assertThat(fromLater.path("totalElements").asLong()).isEqualTo(3);
	}

	@Test
	void adminsSortByTimeEitherWayOrByClinicianPatientOrStatus() {
		SchedulingFixtures.Clinician zed = this.fixtures.clinicianOpenEveryDay("Zed Sorted", "nutrition");
		SchedulingFixtures.Clinician abe = this.fixtures.clinicianOpenEveryDay("Abe Sorted", "nutrition");
		LocalDate day = inDays(4);
		String first = this.fixtures.book(this.api.newMember(), zed.id(), at(day, "09:00")).text("id");
		String second = this.fixtures.book(this.api.newMember(), abe.id(), at(day, "10:00")).text("id");
		String third = this.fixtures.book(this.api.newMember(), zed.id(), at(day, "11:00")).text("id");
		String admin = this.fixtures.admin();
		String range = "/api/appointments?from=" + day + "&to=" + day.plusDays(1) + "&size=100";

		assertThat(ids(range + "&doctorId=" + zed.id(), admin)).containsExactly(first, third);
		List<String> ours = List.of(first, second, third);
		assertThat(ids(range, admin).stream().filter(ours::contains)).containsExactly(first, second, third);
		assertThat(ids(range + "&sort=-startsAt", admin).stream().filter(ours::contains)).containsExactly(third, second,
				first);
		List<String> byDoctor = ids(range + "&sort=doctorName", admin).stream().filter(ours::contains).toList();
		assertThat(byDoctor).containsExactly(second, first, third);
		List<String> byDoctorDescending = ids(range + "&sort=-doctorName", admin).stream()
			.filter(ours::contains)
			.toList();
		assertThat(byDoctorDescending).containsExactly(first, third, second);

		Response bad = this.api.get("/api/appointments?sort=password", admin);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.body().path("errors").get(0).path("code").asString()).isEqualTo("INVALID_SORT");
	}

	private List<String> ids(String path, String token) {
		Response response = this.api.get(path, token);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		response.body().path("content").forEach(row -> ids.add(row.path("id").asString()));
		return ids;
	}

}
