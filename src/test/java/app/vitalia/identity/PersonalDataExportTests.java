package app.vitalia.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
		UUID me = UUID.fromString(this.api.get("/api/me", token).text("id"));
		String secret = UUID.randomUUID().toString();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update(
				"insert into notifications_push_subscription (id, member_id, endpoint, p256dh, auth, created_at)"
						+ " values (?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), me, "https://push.example/" + secret + "-endpoint", secret + "-p256dh",
				secret + "-auth", now);
		this.jdbc
			.update("insert into notifications_email (id, member_id, kind, recipient, subject, text_body, html_body,"
					+ " unsubscribe_token, status, attempts, next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
					UUID.randomUUID(), me, "WEEKLY_SUMMARY", email, "Tu semana", "link " + secret + "-text",
					"<a>" + secret + "-html</a>", secret.substring(0, 30) + "-unsub", "SENT", now, now);
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
		// what was sent and when is there; the keys and links inside are not
		assertThat(body.path("notifications").path("pushDevices").size()).isEqualTo(1);
		assertThat(body.path("notifications").path("emails").findValuesAsString("subject")).contains("Tu semana");

		String text = export.raw().body();
		assertThat(text).doesNotContain(othersEntry, otherEmail, secret, secret.substring(0, 30));
	}

	@Test
	void aClinicianGetsTheirDirectoryEntryAndAvailabilityButNotTheirPatients() {
		String email = "export-doctor-" + UUID.randomUUID() + "@example.com";
		Map<String, Object> doctor = Map.of("email", email, "password", PASSWORD, "displayName", "Dra. Export",
				"specialties", List.of(), "timezone", "Europe/Madrid", "slotMinutes", 30);
		Response created = this.api.post("/api/doctors", doctor, this.api.admin());
		assertThat(created.status()).isEqualTo(201);
		UUID doctorId = UUID.fromString(created.text("id"));
		String token = this.api.login(email, PASSWORD);
		String patientEmail = "export-patient-" + UUID.randomUUID() + "@example.com";
		String patient = register(patientEmail);
		UUID patientId = UUID.fromString(this.api.get("/api/me", patient).text("id"));
		Instant startsAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		String reason = "knee pain " + UUID.randomUUID();
		this.jdbc.update("insert into scheduling_appointment (id, doctor_id, patient_id, starts_at, ends_at,"
				+ " active_starts_at, status, reason, created_at, version) values (?, ?, ?, ?, ?, ?, 'BOOKED', ?, ?, 0)",
				UUID.randomUUID(), doctorId, patientId, Timestamp.from(startsAt),
				Timestamp.from(startsAt.plus(Duration.ofMinutes(30))), Timestamp.from(startsAt), reason,
				Timestamp.from(Instant.now()));

		Response clinicians = this.api.get("/api/me/data-export", token);
		JsonNode body = clinicians.body();

		assertThat(body.path("account").path("roles").get(0).asString()).isEqualTo("CLINICIAN");
		JsonNode asClinician = body.path("appointments").path("asClinician");
		assertThat(asClinician.path("displayName").asString()).isEqualTo("Dra. Export");
		assertThat(asClinician.path("timezone").asString()).isEqualTo("Europe/Madrid");
		assertThat(asClinician.path("weeklyHours").isArray()).isTrue();
		assertThat(body.path("appointments").path("booked").size()).isZero();
		assertThat(clinicians.raw().body()).doesNotContain(patientEmail, patientId.toString(), reason);

		JsonNode patients = this.api.get("/api/me/data-export", patient).body().path("appointments");
		assertThat(patients.path("booked").size()).isEqualTo(1);
		assertThat(patients.path("booked").get(0).path("clinician").asString()).isEqualTo("Dra. Export");
		assertThat(patients.path("booked").get(0).path("reason").asString()).isEqualTo(reason);
		assertThat(patients.path("booked").get(0).path("startsAt").asString()).isEqualTo(startsAt.toString());
		assertThat(patients.has("asClinician")).isFalse();
	}

	@Test
	void tenCopiesAnHourThenTheAccountIsAskedToWait() {
		String token = register("export-often-" + UUID.randomUUID() + "@example.com");
		for (int copy = 1; copy <= 10; copy++) {
			assertThat(this.api.get("/api/me/data-export", token).status()).as("copy %d", copy).isEqualTo(200);
		}

		Response eleventh = this.api.get("/api/me/data-export", token);

		assertThat(eleventh.status()).isEqualTo(429);
		assertThat(eleventh.contentType()).startsWith("application/problem+json");
		assertThat(eleventh.header("Retry-After")).isNotBlank();
		// another account is not held back by it
		assertThat(this.api.get("/api/me/data-export", this.api.newMember()).status()).isEqualTo(200);
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
				"scheduling_appointment_change", "scheduling_waitlist_entry", "scheduling_calendar_feed",
				"scheduling_clinician_specialty", "scheduling_clinician_language", "scheduling_weekly_hours",
				"scheduling_date_exception", "billing_subscription", "billing_payment", "billing_checkout",
				"gamification_event", "gamification_award", "gamification_member", "gamification_settings",
				"gamification_invitation", "notifications_inbox", "notifications_preference", "notifications_email",
				"notifications_push", "notifications_push_subscription", "recognition_meal_photo",
				"recognition_ai_consent", "recognition_weekly_summary", "reporting_daily_activity");
		Set<String> leftOut = Set.of(
				// secrets: one-time email links, by hash
				"identity_one_time_token",
				// a slot held for a few minutes while booking, gone when it expires
				"scheduling_slot_hold",
				// the sandbox payment provider's own records, not Vitalia's
				"billing_sandbox_session", "billing_sandbox_customer",
				// delivery bookkeeping: a food-logged event waiting to be handed on, the
				// last day
				// a nudge was considered
				"nutrition_food_logged", "notifications_food_day",
				// diary entries deleted in the last hour, kept only for Undo
				"nutrition_diary_entry_deleted",
				// the clinician's list and count of their patients (copies of the
				// patients' names
				// and emails), read through each patient's own appointments
				"scheduling_care_relation", "scheduling_patient_tally",
				// an admin's import of USDA files into the shared catalogue
				"nutrition_food_import");
		List<String> tables = this.jdbc.queryForList(
				"""
						select distinct lower(table_name) from information_schema.columns
						where lower(column_name) in ('member_id', 'account_id', 'patient_id', 'owner_id', 'inviter_id', 'invitee_id',
						'doctor_id', 'clinician_id', 'changed_by', 'requested_by')
						and lower(table_schema) = lower(current_schema())
						""",
				String.class);

		Set<String> expected = new TreeSet<>(inTheDownload);
		expected.addAll(leftOut);
		assertThat(new TreeSet<>(tables)).isEqualTo(expected);
	}

	private static List<String> names(JsonNode object) {
		return object.propertyNames().stream().toList();
	}

}
