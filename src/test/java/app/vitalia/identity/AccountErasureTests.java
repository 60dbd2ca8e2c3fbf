package app.vitalia.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import app.vitalia.platform.ObjectStorage;
import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import app.vitalia.support.Profiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A member deletes their own account: with their password, everything about them goes at
 * once and the address is free again; a wrong password, an appointment still to come or a
 * clinician's role refuse it and nothing is erased; a past appointment stays in the
 * clinician's agenda without naming them.
 */
class AccountErasureTests extends HttpTest {

	static final String PASSWORD = "correct horse battery staple";

	/** Every table holding rows about a member, with the column naming them. */
	static final List<String[]> ABOUT_THE_MEMBER = List.of(new String[] { "identity_account", "id" },
			new String[] { "identity_account_role", "account_id" },
			new String[] { "identity_refresh_token", "account_id" }, new String[] { "members_profile", "account_id" },
			new String[] { "members_weight_entry", "account_id" },
			new String[] { "nutrition_diary_entry", "account_id" },
			new String[] { "nutrition_diary_entry_deleted", "account_id" },
			new String[] { "nutrition_food", "owner_id" }, new String[] { "nutrition_food_logged", "member_id" },
			new String[] { "gamification_event", "member_id" }, new String[] { "gamification_member", "member_id" },
			new String[] { "gamification_award", "member_id" },
			new String[] { "notifications_push_subscription", "member_id" },
			new String[] { "notifications_email", "member_id" }, new String[] { "notifications_food_day", "member_id" },
			new String[] { "reporting_daily_activity", "member_id" }, new String[] { "billing_member", "id" },
			new String[] { "recognition_ai_consent", "member_id" },
			new String[] { "scheduling_waitlist_entry", "member_id" }, new String[] { "scheduling_patient", "id" },
			new String[] { "scheduling_care_relation", "patient_id" });

	/** Tables whose rows about the member are all gone after the erasure. */
	static final Set<String> ERASED = Set.of("identity_account_role", "identity_refresh_token",
			"identity_one_time_token", "members_profile", "members_weight_entry", "nutrition_diary_entry",
			"nutrition_diary_entry_deleted", "nutrition_food", "nutrition_food_logged", "scheduling_waitlist_entry",
			"scheduling_calendar_feed", "scheduling_care_relation", "billing_sandbox_session",
			"billing_sandbox_customer", "gamification_event", "gamification_award", "gamification_member",
			"gamification_settings", "gamification_invitation", "notifications_inbox", "notifications_preference",
			"notifications_email", "notifications_push", "notifications_push_subscription", "notifications_food_day",
			"recognition_meal_photo", "recognition_ai_consent", "recognition_weekly_summary",
			"reporting_daily_activity");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectStorage storage;

	@Autowired
	Accounts accounts;

	@Autowired
	TransactionTemplate transactions;

	record Member(UUID id, String email, String token) {
	}

	Member member(String tag) {
		String email = tag + "-" + UUID.randomUUID() + "@example.com";
		Response registered = this.api.post("/api/auth/register",
				Map.of("email", email, "password", PASSWORD, "displayName", "Erased Member"), null);
		assertThat(registered.status()).isEqualTo(201);
		String token = this.api.login(email, PASSWORD);
		return new Member(UUID.fromString(this.api.get("/api/me", token).text("id")), email, token);
	}

	/** A profile, a weight, a diary entry, an own food and a push device. */
	void liveALittle(Member member) {
		assertThat(this.api.put("/api/me/profile", Profiles.complete(), member.token()).status()).isEqualTo(200);
		assertThat(this.api.post("/api/me/weights", Map.of("weightKg", 61.5), member.token()).status()).isEqualTo(201);
		String banana = this.api.get("/api/foods?q=platano", member.token())
			.body()
			.path("content")
			.get(0)
			.path("id")
			.asString();
		assertThat(
				this.api
					.post("/api/diary/entries",
							Map.of("date", LocalDate.now(ZoneOffset.UTC).toString(), "meal", "BREAKFAST", "foodId",
									banana, "grams", 120),
							member.token())
					.status())
			.isEqualTo(201);
		// an entry deleted a moment ago, kept for Undo
		String deleted = this.api
			.post("/api/diary/entries",
					Map.of("date", LocalDate.now(ZoneOffset.UTC).toString(), "meal", "DINNER", "foodId", banana,
							"grams", 90),
					member.token())
			.text("id");
		assertThat(this.api.delete("/api/diary/entries/" + deleted, member.token()).status()).isEqualTo(204);
		Response food = this.api.post("/api/foods/custom",
				Map.of("nameEs", "Bizcocho de la abuela", "per100g",
						Map.of("kcal", 380, "proteinG", 6, "fatG", 18, "carbsG", 48), "portions",
						List.of(Map.of("label", "1 porción", "grams", 80))),
				member.token());
		assertThat(food.status()).as(food.body().toString()).isEqualTo(201);
		assertThat(
				this.api.patch("/api/me/settings", Map.of("leaderboardOptIn", true, "aiConsent", true), member.token())
					.status())
			.isEqualTo(200);
		assertThat(this.api.post("/api/calendar-feed", Map.of(), member.token()).status()).isEqualTo(201);
		Response invited = this.api.post("/api/me/invitations",
				Map.of("email", "friend-" + UUID.randomUUID() + "@example.com"), member.token());
		assertThat(invited.status()).as(invited.body().toString()).isIn(200, 201);
		this.jdbc.update(
				"insert into notifications_push_subscription (id, member_id, endpoint, p256dh, auth, created_at)"
						+ " values (?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), member.id(), "https://push.example/" + UUID.randomUUID(), "p256dh", "auth",
				Timestamp.from(Instant.now()));
	}

	/**
	 * Waits for what the member's actions set going in the background (the food log's
	 * outbox, points for the profile and the food) to have landed, so the counts compared
	 * are not still growing.
	 */
	void settled(Member member) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("nutrition_food_logged", member.id()) == 0
					&& this.jdbc
						.queryForObject(
								"select count(distinct type) from gamification_event where member_id = ?"
										+ " and type in ('PROFILE_COMPLETED', 'FOOD_LOGGED')",
								Long.class, member.id()) == 2
					&& count("gamification_member", member.id()) > 0
					&& count("notifications_food_day", member.id()) > 0);
		// and nothing the member set going is still on its way to another module
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null and serialized_event like ?",
					Long.class, "%" + member.id() + "%") == 0);
	}

	long count(String table, UUID member) {
		for (String[] about : ABOUT_THE_MEMBER) {
			if (about[0].equals(table)) {
				return this.jdbc.queryForObject("select count(*) from " + table + " where " + about[1] + " = ?",
						Long.class, member);
			}
		}
		throw new IllegalArgumentException(table);
	}

	long rowsAbout(UUID id) {
		long rows = 0;
		for (String[] table : ABOUT_THE_MEMBER) {
			rows += this.jdbc.queryForObject("select count(*) from " + table[0] + " where " + table[1] + " = ?",
					Long.class, id);
		}
		return rows;
	}

	Response delete(Member member, String password) {
		return this.api.delete("/api/me", Map.of("password", password), member.token());
	}

	@Test
	void aMemberDeletesTheirAccountAndEverythingAboutThemGoesAtOnce() {
		Member member = member("erase");
		Member other = member("erase-other");
		liveALittle(member);
		liveALittle(other);
		settled(member);
		settled(other);
		String photo = "meal-photos/" + member.id() + "/" + UUID.randomUUID();
		this.storage.write(photo, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xd9 }, "image/jpeg");
		assertThat(this.storage.exists(photo)).isTrue();
		this.jdbc.update(
				"insert into recognition_meal_photo (id, member_id, object_key, content_type, size_bytes,"
						+ " status, attempts, created_at) values (?, ?, ?, 'image/jpeg', 4, 'READY', 1, ?)",
				UUID.randomUUID(), member.id(), photo, Timestamp.from(Instant.now()));
		long othersRows = rowsAbout(other.id());
		// the address verification, at least
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject("select count(*) from platform_mail_outbox where recipient = ?",
					Long.class, member.email()) > 0);
		assertThat(this.jdbc.queryForObject("select count(*) from nutrition_diary_entry where account_id = ?",
				Long.class, member.id()))
			.isEqualTo(1);

		Response deleted = delete(member, PASSWORD);

		assertThat(deleted.status()).as(deleted.body().toString()).isEqualTo(204);
		assertThat(deleted.header("Set-Cookie")).startsWith(AuthController.REFRESH_COOKIE + "=;").contains("Max-Age=0");
		for (String[] column : personColumns()) {
			if (ERASED.contains(column[0])) {
				assertThat(this.jdbc.queryForObject(
						"select count(*) from " + column[0] + " where " + column[1] + " = ?", Long.class, member.id()))
					.as(column[0] + "." + column[1])
					.isZero();
			}
		}
		for (String[] table : ABOUT_THE_MEMBER) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table[0] + " where " + table[1] + " = ?",
					Long.class, member.id()))
				.as(table[0])
				.isZero();
		}
		assertThat(rowsAbout(other.id())).isEqualTo(othersRows);
		assertThat(this.jdbc.queryForObject("select count(*) from platform_mail_outbox where recipient = ?", Long.class,
				member.email()))
			.as("mail to them")
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from platform_mail_outbox where recipient = ?", Long.class,
				other.email()))
			.isPositive();
		assertThat(this.storage.exists(photo)).as("the photo's image").isFalse();
		// the access token the member held stops working, and so does the password
		assertThat(this.api.get("/api/me", member.token()).status()).isEqualTo(401);
		assertThat(
				this.api.post("/api/auth/login", Map.of("email", member.email(), "password", PASSWORD), null).status())
			.isEqualTo(401);
		// the address is free for a new account
		assertThat(this.api
			.post("/api/auth/register",
					Map.of("email", member.email(), "password", PASSWORD, "displayName", "Someone New"), null)
			.status()).isEqualTo(201);
	}

	/**
	 * A module about to copy the account or bill it holds its row (billing does before
	 * copying a member it does not know yet): a deletion waits for it, and a hold after
	 * the deletion finds nobody.
	 */
	@Test
	void aDeletionWaitsForAModuleHoldingTheAccount() throws Exception {
		Member member = member("erase-held");
		AccountId id = AccountId.of(member.id());
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> holder = CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult((tx) -> {
				assertThat(this.accounts.hold(id)).isPresent();
				held.countDown();
				try {
					release.await(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
		assertThat(held.await(20, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<Response> deletion = CompletableFuture.supplyAsync(() -> delete(member, PASSWORD));
		Thread.sleep(500);
		assertThat(deletion).as("the deletion waits for the holder").isNotDone();
		release.countDown();
		holder.get(20, TimeUnit.SECONDS);

		assertThat(deletion.get(20, TimeUnit.SECONDS).status()).isEqualTo(204);
		Optional<AccountSummary> after = this.transactions.execute((tx) -> this.accounts.hold(id));
		assertThat(after).isEmpty();
	}

	@Test
	void aWrongPasswordErasesNothing() {
		Member member = member("erase-wrong");
		liveALittle(member);
		settled(member);
		long rows = rowsAbout(member.id());

		Response refused = delete(member, "not my password at all");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("password");
		assertThat(refused.body().path("errors").get(0).path("code").asString()).isEqualTo("WRONG_PASSWORD");
		assertThat(this.api.delete("/api/me", Map.of(), member.token()).status()).isEqualTo(400);
		assertThat(rowsAbout(member.id())).isEqualTo(rows);
		assertThat(this.api.get("/api/me", member.token()).status()).isEqualTo(200);
		assertThat(this.api.delete("/api/me", Map.of("password", PASSWORD), null).status()).isEqualTo(401);
	}

	@Test
	void anAppointmentStillToComeRefusesItAndAPastOneStaysWithoutTheirName() {
		String doctorEmail = "erase-doctor-" + UUID.randomUUID() + "@example.com";
		Response created = this.api.post("/api/doctors", Map.of("email", doctorEmail, "password", PASSWORD,
				"displayName", "Dra. Erase", "specialties", List.of(), "timezone", "Europe/Madrid", "slotMinutes", 30),
				this.api.admin());
		assertThat(created.status()).isEqualTo(201);
		UUID doctorId = UUID.fromString(created.text("id"));
		String doctor = this.api.login(doctorEmail, PASSWORD);
		Member member = member("erase-patient");
		liveALittle(member);
		settled(member);
		UUID past = appointment(doctorId, member.id(), Instant.now().minus(Duration.ofDays(3)), "COMPLETED");
		UUID upcoming = appointment(doctorId, member.id(), Instant.now().plus(Duration.ofDays(3)), "BOOKED");
		this.jdbc.update("insert into scheduling_patient (id, display_name, search_name, email) values (?, ?, ?, ?)",
				member.id(), "Erased Member", "erased member", member.email());
		long rows = rowsAbout(member.id());

		Response refused = delete(member, PASSWORD);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("code")).isEqualTo("APPOINTMENTS_UPCOMING");
		assertThat(rowsAbout(member.id())).isEqualTo(rows);
		assertThat(this.api.get("/api/me", member.token()).status()).isEqualTo(200);

		assertThat(this.api.post("/api/appointments/" + upcoming + "/cancel", Map.of(), member.token()).status())
			.isEqualTo(200);
		assertThat(delete(member, PASSWORD).status()).isEqualTo(204);

		assertThat(rowsAbout(member.id())).isZero();
		Map<String, Object> kept = this.jdbc
			.queryForMap("select patient_id, status, reason from scheduling_appointment where id = ?", past);
		assertThat(kept.get("status")).isEqualTo("COMPLETED");
		assertThat(kept.get("reason")).isNull();
		String agenda = this.api.get("/api/appointments?doctorId=" + doctorId, doctor).raw().body();
		assertThat(agenda).contains(past.toString()).doesNotContain("Erased Member", member.email(), "knee");
	}

	@Test
	void aClinicianIsRefusedAndKeepsTheirAccount() {
		String email = "erase-clinician-" + UUID.randomUUID() + "@example.com";
		assertThat(
				this.api
					.post("/api/doctors",
							Map.of("email", email, "password", PASSWORD, "displayName", "Dr. Stays", "specialties",
									List.of(), "timezone", "Europe/Madrid", "slotMinutes", 30),
							this.api.admin())
					.status())
			.isEqualTo(201);
		String token = this.api.login(email, PASSWORD);

		Response refused = this.api.delete("/api/me", Map.of("password", PASSWORD), token);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("code")).isEqualTo("ACCOUNT_HAS_DUTIES");
		assertThat(this.api.get("/api/me", token).status()).isEqualTo(200);
	}

	/**
	 * Every table holding a person's id (the same list the data copy is checked against)
	 * is erased with the account or kept on purpose for the reason given: a new table
	 * about people fails this until someone decides.
	 */
	@Test
	void everyTableAboutAPersonIsErasedOrKeptOnPurpose() {
		Set<String> kept = Set.of(
				// the accounts the law requires: payments, and the subscriptions and
				// checkouts they belong to, under the bare account id
				"billing_subscription", "billing_payment", "billing_checkout",
				// past appointments in the clinician's agenda (reason cleared) and their
				// history (the member's own notes cleared); the clinician's count of
				// patients is decremented
				"scheduling_appointment", "scheduling_appointment_change", "scheduling_patient_tally",
				// a slot held for the member is expired at once, so the waitlist's next
				// person is offered it; the expiry job removes the hold
				"scheduling_slot_hold",
				// a clinician's or an admin's rows: those accounts are refused
				"scheduling_clinician_specialty", "scheduling_clinician_language", "scheduling_weekly_hours",
				"scheduling_date_exception", "nutrition_food_import");
		Set<String> tables = new TreeSet<>();
		personColumns().forEach(column -> tables.add(column[0]));

		Set<String> expected = new TreeSet<>(ERASED);
		expected.addAll(kept);
		assertThat(tables).isEqualTo(expected);
	}

	/**
	 * Every (table, column) whose column holds a person's id, as the data copy's test
	 * finds them.
	 */
	List<String[]> personColumns() {
		return this.jdbc.query(
				"""
						select distinct lower(table_name), lower(column_name) from information_schema.columns
						where lower(column_name) in ('member_id', 'account_id', 'patient_id', 'owner_id', 'inviter_id', 'invitee_id',
						'doctor_id', 'clinician_id', 'changed_by', 'requested_by')
						and lower(table_schema) = lower(current_schema())
						""",
				(rs, i) -> new String[] { rs.getString(1), rs.getString(2) });
	}

	private UUID appointment(UUID doctorId, UUID patientId, Instant at, String status) {
		UUID id = UUID.randomUUID();
		Instant startsAt = at.truncatedTo(ChronoUnit.HOURS);
		this.jdbc.update("insert into scheduling_appointment (id, doctor_id, patient_id, starts_at, ends_at,"
				+ " active_starts_at, status, reason, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", id,
				doctorId, patientId, Timestamp.from(startsAt), Timestamp.from(startsAt.plus(Duration.ofMinutes(30))),
				Timestamp.from(startsAt), status, "knee pain", Timestamp.from(Instant.now()));
		return id;
	}

}
