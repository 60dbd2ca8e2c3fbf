package app.vitalia.scheduling;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.platform.DomainException;
import app.vitalia.scheduling.directory.Specialty;
import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Specialties come from one translated list; searching for one ignores accents and
 * language.
 */
class SpecialtyTests extends HttpTest {

	@Autowired
	JdbcTemplate jdbc;

	SchedulingFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SchedulingFixtures(this.api, this.port);
	}

	@Test
	void namesInEitherLanguageWithOrWithoutAccentsAreTheSameSpecialty() {
		assertThat(Specialty.of("Nutrición")).contains(Specialty.NUTRITION);
		assertThat(Specialty.of("nutricion")).contains(Specialty.NUTRITION);
		assertThat(Specialty.of("NUTRITION")).contains(Specialty.NUTRITION);
		assertThat(Specialty.of("Sports medicine")).contains(Specialty.SPORTS_MEDICINE);
		assertThat(Specialty.of("medicina  deportiva")).contains(Specialty.SPORTS_MEDICINE);
		assertThat(Specialty.of("astrology")).isEmpty();
		assertThat(Specialty.matching("cardio")).containsExactly(Specialty.CARDIOLOGY);
		assertThat(Specialty.codesOf(List.of("Nutrición", "nutrition", "Cardiología"))).containsExactly("nutrition",
				"cardiology");
		assertThatThrownBy(() -> Specialty.codesOf(List.of("astrology"))).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.violations().get(0).message()).contains("astrology"));
	}

	@Test
	void theListHasACodeAndBothNamesForEachSpecialty() {
		Response list = this.api.get("/api/specialties", this.api.newMember());
		assertThat(list.status()).isEqualTo(200);
		JsonNode general = null;
		for (JsonNode specialty : list.body()) {
			if (specialty.path("code").asString().equals("general-practice")) {
				general = specialty;
			}
		}
		assertThat(general).isNotNull();
		assertThat(general.path("es").asString()).isEqualTo("Medicina general");
		assertThat(general.path("en").asString()).isEqualTo("General practice");
	}

	@Test
	void nutricionNutricionAndNutritionFindTheSameClinicians() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		SchedulingFixtures.Clinician typedSpanish = this.fixtures.clinicianOpenEveryDay("Dr. Spanish " + tag,
				"Nutrición");
		SchedulingFixtures.Clinician typedEnglish = this.fixtures.clinicianOpenEveryDay("Dr. English " + tag,
				"nutrition");
		this.fixtures.clinicianOpenEveryDay("Dr. Heart " + tag, "cardiology");
		String member = this.api.newMember();

		for (String typed : List.of("nutricion", "nutrici%C3%B3n", "Nutrition", "NUTRI")) {
			JsonNode found = this.api.get("/api/doctors?q=" + tag + "&specialty=" + typed, member).body();
			assertThat(found.path("totalElements").asLong()).as(typed).isEqualTo(2);
			assertThat(List.of(found.path("content").get(0).path("id").asString(),
					found.path("content").get(1).path("id").asString()))
				.containsExactlyInAnyOrder(typedSpanish.id().toString(), typedEnglish.id().toString());
			assertThat(found.path("content").get(0).path("specialties").get(0).asString()).isEqualTo("nutrition");
		}
		assertThat(this.api.get("/api/doctors?q=" + tag + "&specialty=astrology", member)
			.body()
			.path("totalElements")
			.asLong()).isZero();
	}

	@Test
	void theMigrationTurnsFreeTextNamingASpecialtyIntoItsCodeAndKeepsTheRest() throws Exception {
		SchedulingFixtures.Clinician doctor = this.fixtures.clinicianOpenEveryDay("Dr. Legacy", "cardiology");
		this.jdbc.update("delete from scheduling_clinician_specialty where clinician_id = ?", doctor.id());
		for (String typed : List.of("nutrición", "nutricion", "dietista", "medicina general", "astrology")) {
			this.jdbc.update("insert into scheduling_clinician_specialty (clinician_id, specialty) values (?, ?)",
					doctor.id(), typed);
		}

		try (Connection connection = this.jdbc.getDataSource().getConnection()) {
			ScriptUtils.executeSqlScript(connection,
					new ClassPathResource("db/migration/scheduling/V5_1_0__scheduling_specialty_codes.sql"));
		}

		assertThat(this.jdbc.queryForList(
				"select specialty from scheduling_clinician_specialty where clinician_id = ? order by specialty",
				String.class, doctor.id()))
			.containsExactly("astrology", "general-practice", "nutrition");
	}

	@Test
	void aSpecialtyOffTheListIsRefusedAndNothingIsCreated() {
		String email = "doctor-" + UUID.randomUUID() + "@example.com";
		Response refused = this.api.post("/api/doctors",
				Map.of("email", email, "password", SchedulingFixtures.PASSWORD, "displayName", "Dr. Astro",
						"specialties", List.of("astrology"), "timezone", "UTC", "slotMinutes", 30),
				this.fixtures.admin());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("errors").get(0).path("code").asString()).isEqualTo("UNKNOWN_SPECIALTY");
		assertThat(
				this.api.post("/api/auth/login", Map.of("email", email, "password", SchedulingFixtures.PASSWORD), null)
					.status())
			.isEqualTo(401);
	}

}
