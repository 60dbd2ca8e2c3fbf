package app.vitalia.identity;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import app.vitalia.support.Profiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataExportTests extends HttpTest {

	static final String PASSWORD = "correct horse battery staple";

	@Autowired
	JdbcTemplate jdbc;

	String register(String email) {
		Response registered = this.api.post("/api/auth/register",
				Map.of("email", email, "password", PASSWORD, "displayName", "Export Member"), null);
		assertThat(registered.status()).isEqualTo(201);
		return this.api.login(email, PASSWORD);
	}

	String logBanana(String token) {
		String banana = this.api.get("/api/foods?q=platano", token).body().path("content").get(0).path("id").asString();
		Map<String, Object> entry = new HashMap<>();
		entry.put("date", LocalDate.now(ZoneOffset.UTC).toString());
		entry.put("meal", "BREAKFAST");
		entry.put("foodId", banana);
		entry.put("grams", 120);
		Response logged = this.api.post("/api/diary/entries", entry, token);
		assertThat(logged.status()).isEqualTo(201);
		return logged.text("id");
	}

	@Test
	void aMemberDownloadsEverythingKeptAboutThemAndNothingAboutOthersOrTheirSecrets() {
		String email = "export-" + UUID.randomUUID() + "@example.com";
		String token = register(email);
		assertThat(this.api.put("/api/me/profile", Profiles.complete(), token).status()).isEqualTo(200);
		assertThat(this.api.post("/api/me/weights", Map.of("weightKg", 61.5), token).status()).isEqualTo(201);
		String entry = logBanana(token);
		String otherEmail = "export-other-" + UUID.randomUUID() + "@example.com";
		String othersEntry = logBanana(register(otherEmail));

		Response export = this.api.get("/api/me/data-export", token);

		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType()).startsWith("application/json");
		assertThat(export.header("Content-Disposition")).startsWith("attachment")
			.contains("vitalia-my-data-" + LocalDate.now(ZoneOffset.UTC) + ".json");
		assertThat(export.header("Cache-Control")).contains("no-store");
		JsonNode body = export.body();
		assertThat(body.path("format").asString()).isEqualTo("vitalia-personal-data/1");
		assertThat(names(body)).containsExactly("format", "exportedAt", "account", "activeDays", "appointments",
				"billing", "mealPhotos", "notifications", "nutrition", "points", "profile");

		JsonNode account = body.path("account");
		assertThat(account.path("email").asString()).isEqualTo(email);
		assertThat(account.path("displayName").asString()).isEqualTo("Export Member");
		assertThat(account.path("roles").get(0).asString()).isEqualTo("MEMBER");
		assertThat(account.path("createdAt").asString()).endsWith("Z");
		assertThat(account.path("sessions").size()).isEqualTo(1);

		JsonNode profile = body.path("profile");
		assertThat(profile.path("heightCm").asInt()).isEqualTo(165);
		assertThat(profile.path("birthDate").asString()).isEqualTo("1990-05-15");
		assertThat(profile.path("timezone").asString()).isEqualTo("Europe/Madrid");
		assertThat(profile.path("weights").findValuesAsString("weightKg")).contains("61.5");

		JsonNode diary = body.path("nutrition").path("diary");
		assertThat(diary.size()).isEqualTo(1);
		assertThat(diary.get(0).path("id").asString()).isEqualTo(entry);
		assertThat(diary.get(0).path("foodNameEs").asString()).isEqualTo("Plátano");
		assertThat(diary.get(0).path("meal").asString()).isEqualTo("BREAKFAST");
		assertThat(diary.get(0).path("grams").asDouble()).isEqualTo(120d);
		assertThat(diary.get(0).path("kcal").asDouble()).isPositive();

		assertThat(body.path("appointments").path("booked").isArray()).isTrue();
		assertThat(body.path("billing").path("payments").isArray()).isTrue();

		String text = export.raw().body();
		assertThat(text).doesNotContain(othersEntry, otherEmail, "passwordHash", "tokenHash", "tokenVersion",
				"unsubscribe", "p256dh");
	}

	@Test
	void aClinicianGetsTheirDirectoryEntryAndNoPatients() {
		String email = "export-doctor-" + UUID.randomUUID() + "@example.com";
		Map<String, Object> doctor = Map.of("email", email, "password", PASSWORD, "displayName", "Dra. Export",
				"specialties", List.of(), "timezone", "Europe/Madrid", "slotMinutes", 30);
		assertThat(this.api.post("/api/doctors", doctor, this.api.admin()).status()).isEqualTo(201);
		String token = this.api.login(email, PASSWORD);

		JsonNode body = this.api.get("/api/me/data-export", token).body();

		assertThat(body.path("account").path("roles").get(0).asString()).isEqualTo("CLINICIAN");
		assertThat(body.path("appointments").path("asClinician").path("displayName").asString())
			.isEqualTo("Dra. Export");
		assertThat(body.path("appointments").path("booked").size()).isZero();
	}

	@Test
	void withoutASignInThereIsNothingToDownload() {
		Response anonymous = this.api.get("/api/me/data-export", null);

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
	}

	/**
	 * Every table that holds a person's id is either in the download or named here with
	 * the reason it is not: a new table about people fails this until someone decides.
	 */
	@Test
	void everyTableAboutAPersonIsInTheDownloadOrLeftOutOnPurpose() {
		Set<String> inTheDownload = Set.of("identity_account_role", "identity_refresh_token", "members_profile",
				"members_weight_entry", "nutrition_diary_entry", "nutrition_food", "scheduling_appointment",
				"scheduling_waitlist_entry", "billing_subscription", "billing_payment", "billing_checkout",
				"gamification_event", "gamification_award", "gamification_member", "gamification_settings",
				"gamification_invitation", "notifications_inbox", "notifications_preference", "notifications_email",
				"notifications_push", "notifications_push_subscription", "recognition_meal_photo",
				"recognition_ai_consent", "recognition_weekly_summary", "reporting_daily_activity");
		Set<String> leftOut = Set.of(
				// secrets: one-time email links and the calendar feed's token, by hash
				"identity_one_time_token", "scheduling_calendar_feed",
				// a slot held for a few minutes while booking, gone when it expires
				"scheduling_slot_hold",
				// the sandbox payment provider's own records, not Vitalia's
				"billing_sandbox_session", "billing_sandbox_customer",
				// delivery bookkeeping: a food-logged event waiting to be handed on, the
				// last day
				// a nudge was considered
				"nutrition_food_logged", "notifications_food_day",
				// the clinician's list of their patients (a copy of the patient's name
				// and email),
				// read through the patient's own appointments
				"scheduling_care_relation");
		List<String> tables = this.jdbc.queryForList("""
				select distinct lower(table_name) from information_schema.columns
				where lower(column_name) in ('member_id', 'account_id', 'patient_id', 'owner_id', 'inviter_id')
				and lower(table_schema) = lower(current_schema())
				""", String.class);

		Set<String> expected = new TreeSet<>(inTheDownload);
		expected.addAll(leftOut);
		assertThat(new TreeSet<>(tables)).isEqualTo(expected);
	}

	private static List<String> names(JsonNode object) {
		return object.propertyNames().stream().toList();
	}

}
