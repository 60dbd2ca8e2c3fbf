package app.vitalia.scheduling;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import app.vitalia.scheduling.directory.Clinicians;
import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static app.vitalia.scheduling.SchedulingFixtures.at;
import static app.vitalia.scheduling.SchedulingFixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clinicians see their patients under the name the patients use now.
 */
class PatientNamesTests extends HttpTest {

	SchedulingFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SchedulingFixtures(this.api, this.port);
	}

	@Test
	void aMemberWhoRenamesThemselvesIsFoundByTheNewNameOnly() throws InterruptedException {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Names", "nutrition");
		SchedulingFixtures.Member member = this.fixtures.member("Old Name " + tag);
		assertThat(this.fixtures.book(member.token(), doctor.id(), at(inDays(4), "09:00")).status()).isEqualTo(201);
		assertThat(patients(doctor.token(), "old name " + tag).path("totalElements").asLong()).isEqualTo(1);

		Response renamed = this.api.patch("/api/me", Map.of("displayName", "Zebedee Renamed " + tag), member.token());
		assertThat(renamed.status()).isEqualTo(200);

		JsonNode found = patients(doctor.token(), "zebedee renamed " + tag);
		// the rename reaches scheduling asynchronously; wait for the page itself (its
		// count is
		// a second statement and may see the commit first)
		for (int i = 0; i < 100 && found.path("content").isEmpty(); i++) {
			Thread.sleep(100);
			found = patients(doctor.token(), "zebedee renamed " + tag);
		}
		assertThat(found.path("totalElements").asLong()).isEqualTo(1);
		assertThat(found.path("content").get(0).path("displayName").asString()).isEqualTo("Zebedee Renamed " + tag);
		assertThat(found.path("content").get(0).path("id").asString()).isEqualTo(member.id().toString());
		assertThat(patients(doctor.token(), "old name " + tag).path("totalElements").asLong()).isZero();
		assertThat(patients(this.fixtures.admin(), "zebedee renamed " + tag).path("totalElements").asLong())
			.isEqualTo(1);
		assertThat(this.api.get("/api/appointments", doctor.token()).body().toString())
			.contains("Zebedee Renamed " + tag);
	}

	JsonNode patients(String token, String query) {
		Response page = this.api.get("/api/patients?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token);
		assertThat(page.status()).isEqualTo(200);
		return page.body();
	}

}
