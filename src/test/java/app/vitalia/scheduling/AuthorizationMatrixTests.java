package app.vitalia.scheduling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.crypto.spec.SecretKeySpec;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import app.vitalia.support.Profiles;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static app.vitalia.scheduling.SchedulingFixtures.at;
import static app.vitalia.scheduling.SchedulingFixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every operation of the published API ({@code /v3/api-docs}), each kind of caller
 * gets exactly the access its module declares: allowed callers a 2xx, the anonymous and
 * holders of an expired or forged token a 401, everyone else a 403 or 404 (a 404 does not
 * even confirm the id exists). "Owner" owns the ids in the paths (appointment with the
 * treating clinician, custom food, diary entry, recipe, payment, notification); "other
 * member" and "other clinician" must neither reach them nor see the owner's data in any
 * answer. An operation without a row fails the test, so a new endpoint gets one. Every
 * call that changes something runs on state made for that call alone.
 */
class AuthorizationMatrixTests extends HttpTest {

	enum Caller {

		ANONYMOUS, OWNER, OTHER_MEMBER, TREATING_CLINICIAN, OTHER_CLINICIAN, ADMIN, EXPIRED_ADMIN_TOKEN,
		FORGED_ADMIN_TOKEN

	}

	private static final Set<Caller> NOBODY_WITHOUT_A_VALID_TOKEN = EnumSet.of(Caller.ANONYMOUS,
			Caller.EXPIRED_ADMIN_TOKEN, Caller.FORGED_ADMIN_TOKEN);

	private static final Set<Caller> SIGNED_IN = EnumSet.of(Caller.OWNER, Caller.OTHER_MEMBER,
			Caller.TREATING_CLINICIAN, Caller.OTHER_CLINICIAN, Caller.ADMIN);

	/**
	 * Operations on the caller's own data ({@code /api/me/...}, the diary, recipes,
	 * bookings and subscriptions of the caller): every module declares them for any
	 * signed-in account, clinicians and admins included (they may keep a diary or book an
	 * appointment for themselves); what matters is that each sees only its own, which the
	 * owner's markers check.
	 */
	private static final Set<Caller> SELF = SIGNED_IN;

	private static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);

	private static final Set<Caller> OWNER = EnumSet.of(Caller.OWNER);

	private static final Set<Caller> APPOINTMENT_PARTIES = EnumSet.of(Caller.OWNER, Caller.TREATING_CLINICIAN,
			Caller.ADMIN);

	private static final Set<Caller> CLINICIANS_AND_ADMIN = EnumSet.of(Caller.TREATING_CLINICIAN,
			Caller.OTHER_CLINICIAN, Caller.ADMIN);

	/** Reachable without signing in (the answer may still depend on the request). */
	private static final Set<Caller> PUBLIC = EnumSet.allOf(Caller.class);

	/**
	 * Bookings can only be made in the future and only a started appointment can be
	 * completed or marked as a no-show: the allowed callers pass the access check and get
	 * the 422 that says so, everyone else is refused before.
	 */
	private static final IntPredicate NOT_STARTED_YET = status -> status == 422;

	/**
	 * Operations whose URL is the credential (a private calendar feed, as calendar apps
	 * subscribe to it): whoever holds the owner's URL reads the owner's data, which the
	 * owner can revoke; the markers are not checked there.
	 */
	private static final Set<String> CAPABILITY_URLS = Set.of("GET /api/calendar-feed/{token}.ics");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * One operation: who may call it, and the call, which prepares whatever state it
	 * needs and then sends the request with the caller's token.
	 */
	private record Row(String operation, Set<Caller> allowed, Function<String, Response> call,
			IntPredicate allowedAnswer) {

		Row(String operation, Set<Caller> allowed, Function<String, Response> call) {
			this(operation, allowed, call, status -> status >= 200 && status < 300);
		}

	}

	@Autowired
	JwtEncoder encoder;

	private SchedulingFixtures fixtures;

	private SchedulingFixtures.Clinician treating;

	private SchedulingFixtures.Member owner;

	private final AtomicInteger slot = new AtomicInteger();

	@Test
	void everyCallerGetsExactlyTheDeclaredAccessToEveryOperation() {
		this.fixtures = new SchedulingFixtures(this.api, this.port);
		this.treating = this.fixtures.clinicianOpenEveryDay("Dr. Treating", "nutrition");
		SchedulingFixtures.Clinician other = this.fixtures.clinicianOpenEveryDay("Dr. Other", "nutrition");
		this.owner = this.fixtures.member("Matrix Owner");
		SchedulingFixtures.Member stranger = this.fixtures.member("Matrix Stranger");
		String admin = this.fixtures.admin();
		Map<Caller, String> tokens = new LinkedHashMap<>();
		tokens.put(Caller.ANONYMOUS, null);
		tokens.put(Caller.OWNER, this.owner.token());
		tokens.put(Caller.OTHER_MEMBER, stranger.token());
		tokens.put(Caller.TREATING_CLINICIAN, this.treating.token());
		tokens.put(Caller.OTHER_CLINICIAN, other.token());
		tokens.put(Caller.ADMIN, admin);
		tokens.put(Caller.EXPIRED_ADMIN_TOKEN, expired(admin));
		tokens.put(Caller.FORGED_ADMIN_TOKEN, forged(admin));

		// the owner's data, which only the owner, the treating clinician and admins may
		// see
		String ownerToken = this.owner.token();
		assertThat(this.api.put("/api/me/profile", Profiles.complete(), ownerToken).status()).isEqualTo(200);
		String appointment = book();
		String food = customFood();
		String entry = diaryEntry(food);
		String recipe = recipe(food);
		UUID plan = plan();
		String payment = subscribedPayment(plan);
		String notification = this.api.get("/api/me/notifications", ownerToken)
			.body()
			.path("content")
			.get(0)
			.path("id")
			.asString();
		String importJob = upload(admin).text("id");
		String replay = this.api.post("/api/admin/gamification/replay", Map.of("dryRun", true), admin).text("id");
		String sandboxSession = this.api
			.post("/api/me/subscription/checkout", Map.of("planId", plan.toString()), stranger.token())
			.text("sessionId");
		String day = inDays(5).toString();
		List<String> ownerMarkers = List.of(this.owner.email(), "Matrix Owner", appointment, food, entry, recipe,
				payment, notification);

		String doctor = "/api/doctors/" + this.treating.id();
		List<Row> rows = new ArrayList<>();
		// identity
		rows.add(
				new Row("POST /api/auth/register", PUBLIC,
						t -> this.api.post("/api/auth/register",
								Map.of("email", "m-" + UUID.randomUUID() + "@example.com", "password",
										SchedulingFixtures.PASSWORD, "displayName", "Someone"),
								t),
						status -> status == 201));
		rows.add(new Row("POST /api/auth/login", PUBLIC, t -> this.api.post("/api/auth/login",
				Map.of("email", this.owner.email(), "password", SchedulingFixtures.PASSWORD), t)));
		rows.add(new Row("POST /api/auth/refresh", PUBLIC,
				t -> this.api.postAsMobile("/api/auth/refresh", Map.of("refreshToken", refreshToken()), t)));
		rows.add(new Row("POST /api/auth/logout", PUBLIC,
				t -> this.api.post("/api/auth/logout", Map.of("refreshToken", refreshToken()), t)));
		// a made-up token: the answer is 400 for everyone, never a sign of access
		rows.add(new Row("POST /api/auth/verify-email", PUBLIC,
				t -> this.api.post("/api/auth/verify-email", Map.of("token", "not-a-real-token"), t),
				status -> status == 400 || status == 404 || status == 410));
		rows.add(new Row("POST /api/auth/verify-email/resend", SIGNED_IN,
				t -> this.api.post("/api/auth/verify-email/resend", Map.of(), t),
				// 409 for an address already verified (the bootstrap admin's)
				status -> status == 202 || status == 409));
		rows.add(new Row("POST /api/auth/password-reset", PUBLIC,
				t -> this.api.post("/api/auth/password-reset", Map.of("email", this.owner.email()), t)));
		rows.add(new Row("POST /api/auth/password-reset/confirm", PUBLIC,
				t -> this.api.post("/api/auth/password-reset/confirm",
						Map.of("token", "not-a-real-token", "newPassword", "a brand new lighthouse keeper"), t),
				status -> status == 400 || status == 404 || status == 410));
		rows.add(new Row("GET /api/me", SIGNED_IN, t -> this.api.get("/api/me", t)));
		rows.add(new Row("PATCH /api/me", SIGNED_IN, t -> this.api.patch("/api/me", Map.of(), t)));
		// a wrong password: nobody's account is erased by the matrix
		rows.add(new Row("DELETE /api/me", SIGNED_IN,
				t -> this.api.delete("/api/me", Map.of("password", "not the password"), t), status -> status == 400));
		rows.add(new Row("POST /api/me/password", SIGNED_IN, t -> this.api.post("/api/me/password",
				Map.of("currentPassword", "not the password", "newPassword", "a brand new lighthouse keeper"), t),
				status -> status == 400));
		rows.add(new Row("GET /api/me/data-export", SIGNED_IN, t -> this.api.get("/api/me/data-export", t)));
		rows.add(new Row("GET /api/me/sessions", SIGNED_IN, t -> this.api.get("/api/me/sessions", t)));
		// nobody's sign-in: a caller allowed in is told it is not theirs
		rows.add(new Row("DELETE /api/me/sessions/{id}", SIGNED_IN,
				t -> this.api.delete("/api/me/sessions/" + UUID.randomUUID(), t), status -> status == 404));
		rows.add(new Row("POST /api/me/sessions/sign-out-others", SIGNED_IN,
				t -> this.api.post("/api/me/sessions/sign-out-others", Map.of(), t), status -> status == 200));
		// platform
		rows.add(new Row("GET /api/health", PUBLIC, t -> this.api.get("/api/health", t)));
		rows.add(new Row("GET /api/admin/outbox", ADMIN, t -> this.api.get("/api/admin/outbox", t)));
		// members
		rows.add(new Row("GET /api/me/profile", SELF, t -> this.api.get("/api/me/profile", t)));
		rows.add(new Row("PUT /api/me/profile", SELF, t -> this.api.put("/api/me/profile", Profiles.complete(), t)));
		rows.add(new Row("GET /api/me/weights", SELF, t -> this.api.get("/api/me/weights", t)));
		rows.add(new Row("POST /api/me/weights", SELF,
				t -> this.api.post("/api/me/weights", Map.of("weightKg", 70.5), t)));
		rows.add(new Row("GET /api/me/targets", SELF, t -> this.api.get("/api/me/targets", t)));
		rows.add(new Row("PUT /api/me/targets", SELF, t -> this.api.put("/api/me/targets",
				Map.of("calories", 2000, "proteinG", 100, "fatG", 70, "carbsG", 240), t)));
		rows.add(new Row("DELETE /api/me/targets", SELF, t -> this.api.delete("/api/me/targets", t)));
		// nutrition: catalogue, custom foods, diary, recipes, imports
		rows.add(new Row("GET /api/foods", SIGNED_IN, t -> this.api.get("/api/foods?q=apple", t)));
		rows.add(new Row("GET /api/foods/{id}", OWNER, t -> this.api.get("/api/foods/" + food, t)));
		rows.add(new Row("GET /api/foods/custom", SIGNED_IN, t -> this.api.get("/api/foods/custom", t)));
		rows.add(new Row("POST /api/foods/custom", SIGNED_IN,
				t -> this.api.post("/api/foods/custom", customFoodBody("Matrix broth"), t)));
		rows.add(new Row("PUT /api/foods/custom/{id}", OWNER,
				t -> this.api.put("/api/foods/custom/" + customFood(), customFoodBody("Renamed soup"), t)));
		rows.add(new Row("DELETE /api/foods/custom/{id}", OWNER,
				t -> this.api.delete("/api/foods/custom/" + customFood(), t)));
		rows.add(new Row("POST /api/diary/entries", SELF, t -> this.api.post("/api/diary/entries",
				Map.of("date", day, "meal", "LUNCH", "foodId", publicFood(), "grams", 100), t)));
		rows.add(new Row("PATCH /api/diary/entries/{id}", OWNER,
				t -> this.api.patch("/api/diary/entries/" + diaryEntry(food), Map.of("grams", 150), t)));
		rows.add(new Row("DELETE /api/diary/entries/{id}", OWNER,
				t -> this.api.delete("/api/diary/entries/" + diaryEntry(food), t)));
		rows.add(new Row("POST /api/diary/entries/{id}/restore", OWNER,
				t -> this.api.post("/api/diary/entries/" + deletedDiaryEntry(food) + "/restore", Map.of(), t)));
		rows.add(new Row("POST /api/diary/copy", SELF,
				t -> this.api.post("/api/diary/copy", Map.of("fromDate", day, "toDate", inDays(6).toString()), t)));
		rows.add(new Row("GET /api/diary/recent-foods", SELF, t -> this.api.get("/api/diary/recent-foods", t)));
		rows.add(new Row("GET /api/diary/frequent-foods", SELF, t -> this.api.get("/api/diary/frequent-foods", t)));
		rows.add(new Row("GET /api/diary/summary", SELF,
				t -> this.api.get("/api/diary/summary?from=" + day + "&to=" + inDays(6), t)));
		rows.add(new Row("GET /api/diary/export", SELF,
				t -> this.api.get("/api/diary/export?from=" + day + "&to=" + day, t)));
		rows.add(new Row("GET /api/diary/{date}", SELF, t -> this.api.get("/api/diary/" + day, t)));
		rows.add(new Row("POST /api/recipes", SELF, t -> this.api.post("/api/recipes", recipeBody(publicFood()), t),
				status -> status == 201));
		rows.add(new Row("GET /api/recipes", SELF, t -> this.api.get("/api/recipes", t)));
		rows.add(new Row("GET /api/recipes/{id}", OWNER, t -> this.api.get("/api/recipes/" + recipe, t)));
		rows.add(new Row("PUT /api/recipes/{id}", OWNER,
				t -> this.api.put("/api/recipes/" + recipe(food), recipeBody(food), t)));
		rows.add(new Row("DELETE /api/recipes/{id}", OWNER, t -> this.api.delete("/api/recipes/" + recipe(food), t)));
		rows.add(new Row("GET /api/admin/foods/imports", ADMIN, t -> this.api.get("/api/admin/foods/imports", t)));
		rows.add(new Row("POST /api/admin/foods/imports", ADMIN, this::upload));
		rows.add(new Row("GET /api/admin/foods/imports/{id}", ADMIN,
				t -> this.api.get("/api/admin/foods/imports/" + importJob, t)));
		// without a FoodData Central key the search answers 503: it was let through
		rows.add(new Row("GET /api/admin/foods/remote", ADMIN, t -> this.api.get("/api/admin/foods/remote?q=apple", t),
				status -> status == 200 || status == 503));
		// scheduling
		rows.add(new Row("GET /api/specialties", SIGNED_IN, t -> this.api.get("/api/specialties", t)));
		rows.add(new Row("POST /api/calendar-feed", SIGNED_IN, t -> this.api.post("/api/calendar-feed", Map.of(), t)));
		rows.add(new Row("DELETE /api/calendar-feed", SIGNED_IN, t -> this.api.delete("/api/calendar-feed", t)));
		// the feed URL is the credential: anyone holding it reads it, as calendar apps do
		rows.add(new Row("GET /api/calendar-feed/{token}.ics", PUBLIC, t -> {
			String url = this.api.post("/api/calendar-feed", Map.of(), ownerToken).text("url");
			return this.api.get(url.substring(url.indexOf("/api/")), t);
		}));
		rows.add(new Row("POST /api/appointments", SELF,
				t -> this.api.post("/api/appointments",
						Map.of("doctorId", this.treating.id().toString(), "startsAt", nextSlot()), t),
				status -> status == 201));
		rows.add(new Row("GET /api/appointments", SIGNED_IN, t -> this.api.get("/api/appointments", t)));
		rows.add(new Row("GET /api/appointments/policy", SIGNED_IN, t -> this.api.get("/api/appointments/policy", t)));
		rows.add(new Row("GET /api/appointments/{id}", APPOINTMENT_PARTIES,
				t -> this.api.get("/api/appointments/" + appointment, t)));
		rows.add(new Row("GET /api/appointments/{id}/history", APPOINTMENT_PARTIES,
				t -> this.api.get("/api/appointments/" + appointment + "/history", t)));
		rows.add(new Row("GET /api/appointments/{id}/ics", APPOINTMENT_PARTIES,
				t -> this.api.get("/api/appointments/" + appointment + "/ics", t)));
		rows.add(new Row("POST /api/appointments/{id}/cancel", APPOINTMENT_PARTIES,
				t -> this.api.post("/api/appointments/" + book() + "/cancel", Map.of(), t)));
		rows.add(new Row("POST /api/appointments/{id}/reschedule", APPOINTMENT_PARTIES,
				t -> this.api.post("/api/appointments/" + book() + "/reschedule", Map.of("startsAt", nextSlot()), t)));
		rows.add(new Row("POST /api/appointments/{id}/complete", EnumSet.of(Caller.TREATING_CLINICIAN, Caller.ADMIN),
				t -> this.api.post("/api/appointments/" + book() + "/complete", Map.of(), t), NOT_STARTED_YET));
		rows.add(new Row("POST /api/appointments/{id}/no-show", EnumSet.of(Caller.TREATING_CLINICIAN, Caller.ADMIN),
				t -> this.api.post("/api/appointments/" + book() + "/no-show", Map.of(), t), NOT_STARTED_YET));
		rows.add(new Row("POST /api/doctors", ADMIN,
				t -> this.api.post("/api/doctors",
						Map.of("email", "doctor-" + UUID.randomUUID() + "@example.com", "displayName", "Dr. New",
								"specialties", List.of("nutrition"), "timezone", "UTC", "slotMinutes", 30),
						t),
				status -> status == 201));
		rows.add(new Row("GET /api/doctors", SIGNED_IN, t -> this.api.get("/api/doctors", t)));
		rows.add(new Row("GET /api/doctors/{id}", SIGNED_IN, t -> this.api.get(doctor, t)));
		rows.add(new Row("PATCH /api/doctors/{id}", EnumSet.of(Caller.TREATING_CLINICIAN, Caller.ADMIN),
				t -> this.api.patch(doctor, Map.of("bio", "Sees people about food."), t)));
		rows.add(new Row("GET /api/doctors/{id}/availability", SIGNED_IN,
				t -> this.api.get(doctor + "/availability", t)));
		rows.add(new Row("PUT /api/doctors/{id}/availability", EnumSet.of(Caller.TREATING_CLINICIAN, Caller.ADMIN),
				t -> this.api.put(doctor + "/availability", availability(), t)));
		rows.add(new Row("GET /api/doctors/available-slots", SIGNED_IN, t -> this.api.get(
				"/api/doctors/available-slots?doctorId=" + this.treating.id() + "&from=" + day + "&to=" + inDays(6),
				t)));
		rows.add(new Row("GET /api/doctors/{id}/first-open-slot", SIGNED_IN,
				t -> this.api.get(doctor + "/first-open-slot", t)));
		rows.add(new Row("GET /api/doctors/{id}/working-days", SIGNED_IN,
				t -> this.api.get(doctor + "/working-days?from=" + day + "&to=" + day, t)));
		rows.add(new Row("POST /api/doctors/{id}/waitlist", SELF,
				t -> this.api.post(doctor + "/waitlist", Map.of("date", day), t)));
		rows.add(new Row("DELETE /api/doctors/{id}/waitlist/{date}", SELF, t -> {
			this.api.post(doctor + "/waitlist", Map.of("date", inDays(7).toString()), t);
			return this.api.delete(doctor + "/waitlist/" + inDays(7), t);
		}));
		rows.add(new Row("GET /api/patients", CLINICIANS_AND_ADMIN, t -> this.api.get("/api/patients", t)));
		// billing
		rows.add(new Row("GET /api/plans", PUBLIC, t -> this.api.get("/api/plans", t)));
		rows.add(new Row("GET /api/admin/plans", ADMIN, t -> this.api.get("/api/admin/plans", t)));
		rows.add(new Row("POST /api/admin/plans", ADMIN, t -> this.api.post("/api/admin/plans", planBody(), t),
				status -> status == 201));
		rows.add(new Row("PATCH /api/admin/plans/{id}", ADMIN,
				t -> this.api.patch("/api/admin/plans/" + plan, Map.of("description", "Still a plan"), t)));
		rows.add(new Row("GET /api/me/subscription", SELF, t -> this.api.get("/api/me/subscription", t)));
		rows.add(new Row("POST /api/me/subscription/checkout", SELF, t -> {
			// a member with a running subscription is refused (409): checkout as a new
			// one
			String caller = SIGNED_IN.contains(callerOf(tokens, t)) ? this.api.newMember() : t;
			return this.api.post("/api/me/subscription/checkout", Map.of("planId", plan.toString()), caller);
		}, status -> status == 201));
		rows.add(new Row("POST /api/me/subscription/cancel", SELF,
				t -> this.api.post("/api/me/subscription/cancel", Map.of(), subscriberOr(tokens, t, plan))));
		rows.add(new Row("POST /api/me/subscription/resume", SELF, t -> {
			String caller = subscriberOr(tokens, t, plan);
			if (SIGNED_IN.contains(callerOf(tokens, t))) {
				this.api.post("/api/me/subscription/cancel", Map.of(), caller);
			}
			return this.api.post("/api/me/subscription/resume", Map.of(), caller);
		}));
		rows.add(new Row("POST /api/me/subscription/change", SELF, t -> this.api.post("/api/me/subscription/change",
				Map.of("planId", plan().toString()), subscriberOr(tokens, t, plan))));
		rows.add(new Row("GET /api/me/entitlements", SIGNED_IN, t -> this.api.get("/api/me/entitlements", t)));
		rows.add(new Row("GET /api/me/payments", SELF, t -> this.api.get("/api/me/payments", t)));
		rows.add(new Row("GET /api/me/payments/{id}/receipt", OWNER,
				t -> this.api.get("/api/me/payments/" + payment + "/receipt", t)));
		rows.add(new Row("GET /api/admin/members", ADMIN, t -> this.api.get("/api/admin/members", t)));
		rows.add(new Row("GET /api/admin/subscriptions", ADMIN, t -> this.api.get("/api/admin/subscriptions", t)));
		rows.add(new Row("GET /api/admin/payments", ADMIN, t -> this.api.get("/api/admin/payments", t)));
		rows.add(new Row("POST /api/admin/payments/{id}/refund", ADMIN,
				t -> this.api.post("/api/admin/payments/" + subscribedPayment(plan) + "/refund", Map.of(), t)));
		rows.add(new Row("GET /api/admin/billing/events", ADMIN, t -> this.api.get("/api/admin/billing/events", t)));
		rows.add(new Row("GET /api/admin/payments/export", ADMIN, t -> this.api.get("/api/admin/payments/export", t)));
		rows.add(new Row("GET /api/admin/members/export", ADMIN, t -> this.api.get("/api/admin/members/export", t)));

		// reporting: admins only
		String report = this.api
			.post("/api/admin/reports", Map.of("type", "FINANCIAL_MONTHLY", "year", 2025, "month", 1), admin)
			.text("id");
		rows.add(new Row("POST /api/admin/reports", ADMIN, t -> this.api.post("/api/admin/reports",
				Map.of("type", "FINANCIAL_MONTHLY", "year", 2025, "month", 2), t)));
		rows.add(new Row("GET /api/admin/reports", ADMIN, t -> this.api.get("/api/admin/reports", t)));
		rows.add(new Row("GET /api/admin/reports/{id}", ADMIN, t -> this.api.get("/api/admin/reports/" + report, t)));
		// a report still running is 409 REPORT_NOT_READY for the admin, refused for
		// everyone else
		rows.add(new Row("GET /api/admin/reports/{id}/download", ADMIN,
				t -> this.api.get("/api/admin/reports/" + report + "/download?format=csv", t),
				status -> status == 200 || status == 409));
		rows.add(new Row("GET /api/admin/kpis", ADMIN, t -> this.api.get("/api/admin/kpis", t)));

		// meal photos and the weekly summary: the owner's plan has them, nobody else's
		String photo = newPhoto(ownerToken);
		rows.add(new Row("POST /api/meal-photos", OWNER,
				t -> this.api.post("/api/meal-photos", Map.of("contentType", "image/jpeg", "sizeBytes", 20_000), t)));
		rows.add(new Row("GET /api/meal-photos/{id}", OWNER, t -> this.api.get("/api/meal-photos/" + photo, t)));
		// nothing was uploaded: the owner hears 409 UPLOAD_MISSING, others nothing about
		// it
		rows.add(new Row("POST /api/meal-photos/{id}/uploaded", OWNER,
				t -> this.api.post("/api/meal-photos/" + photo + "/uploaded", Map.of(), t), status -> status == 409));
		// not analysed: the owner hears 409 PHOTO_NOT_ANALYSED, others nothing about it
		rows.add(new Row("GET /api/meal-photos/{id}/image", OWNER,
				t -> this.api.get("/api/meal-photos/" + photo + "/image", t), status -> status == 409));
		// not analysed: the owner hears 409 PHOTO_NOT_CONFIRMABLE
		rows.add(new Row("POST /api/meal-photos/{id}/confirm", OWNER,
				t -> this.api.post("/api/meal-photos/" + photo + "/confirm", Map.of("date", inDays(0).toString(),
						"meal", "LUNCH", "items", List.of(Map.of("foodId", food, "grams", 100))), t),
				status -> status == 409));
		rows.add(new Row("GET /api/me/insights/weekly", OWNER, t -> this.api.get("/api/me/insights/weekly", t)));
		rows.add(new Row("GET /api/admin/meal-photos/dead-letters", ADMIN,
				t -> this.api.get("/api/admin/meal-photos/dead-letters", t)));
		// a photo that did not fail is no dead letter: 409 NOT_A_DEAD_LETTER for the
		// admin
		rows.add(new Row("POST /api/admin/meal-photos/{id}/retry", ADMIN,
				t -> this.api.post("/api/admin/meal-photos/" + photo + "/retry", Map.of(), t),
				status -> status == 409));
		// the storage's notifications carry their own bearer token, which no user token
		// is
		rows.add(new Row("POST /api/storage/events", PUBLIC,
				t -> this.api.post("/api/storage/events", Map.of("Records", List.of()), t), status -> status == 401));
		// the signed upload URL is the credential: without a signature nobody may upload
		rows.add(new Row("PUT /storage/uploads", PUBLIC, t -> this.api.put("/storage/uploads?key=x", Map.of(), t),
				status -> status == 403 || status == 400));
		// the session id is the credential of the hosted (sandbox) payment page, as with
		// a real gateway's checkout URL
		rows.add(new Row("GET /api/billing/sandbox/sessions/{sessionId}", PUBLIC,
				t -> this.api.get("/api/billing/sandbox/sessions/" + sandboxSession, t)));
		rows.add(new Row("POST /api/billing/sandbox/sessions/{sessionId}/pay", PUBLIC,
				t -> this.api.post("/api/billing/sandbox/sessions/" + sandboxSession + "/pay",
						Map.of("cardNumber", "4000 0000 0000 0002", "expMonth", 12, "expYear", 2034, "cvc", "123"), t),
				status -> status < 500 && status != 401 && status != 403));
		// webhooks are authenticated by their signature, not by a user: unsigned is 400
		rows.add(new Row("POST /api/billing/webhooks/{gateway}", PUBLIC,
				t -> this.api.post("/api/billing/webhooks/stripe", Map.of("id", "evt_unsigned"), t),
				status -> status == 400));
		// gamification
		rows.add(new Row("GET /api/me/progress", SELF, t -> this.api.get("/api/me/progress", t)));
		rows.add(new Row("GET /api/me/settings", SELF, t -> this.api.get("/api/me/settings", t)));
		rows.add(new Row("PATCH /api/me/settings", SELF,
				t -> this.api.patch("/api/me/settings", Map.of("leaderboardOptIn", false), t)));
		rows.add(new Row("GET /api/leaderboards/weekly", SELF,
				t -> this.api.get("/api/leaderboards/weekly?limit=100", t)));
		rows.add(new Row("GET /api/leaderboards/monthly", SELF,
				t -> this.api.get("/api/leaderboards/monthly?limit=100", t)));
		rows.add(new Row("GET /api/leaderboards/all-time", SELF,
				t -> this.api.get("/api/leaderboards/all-time?limit=100", t)));
		rows.add(new Row("POST /api/me/invitations", SELF, t -> this.api.post("/api/me/invitations",
				Map.of("email", "friend-" + UUID.randomUUID() + "@example.com"), t)));
		rows.add(new Row("GET /api/me/invitations", SELF, t -> this.api.get("/api/me/invitations", t)));
		rows.add(new Row("POST /api/admin/gamification/replay", ADMIN,
				t -> this.api.post("/api/admin/gamification/replay", Map.of("dryRun", true), t),
				status -> status == 202 || status == 409));
		rows.add(new Row("GET /api/admin/gamification/replay/{id}", ADMIN,
				t -> this.api.get("/api/admin/gamification/replay/" + replay, t)));
		rows.add(new Row("GET /api/admin/gamification/replay", ADMIN,
				t -> this.api.get("/api/admin/gamification/replay", t)));
		rows.add(new Row("GET /api/admin/gamification/rules", ADMIN,
				t -> this.api.get("/api/admin/gamification/rules", t)));
		rows.add(new Row("GET /api/admin/gamification/rules/{code}", ADMIN,
				t -> this.api.get("/api/admin/gamification/rules/PROFILE_COMPLETED", t)));
		rows.add(new Row("POST /api/admin/gamification/rules", ADMIN,
				t -> this.api.post("/api/admin/gamification/rules", ruleBody(uniqueCode("RULE")), t),
				status -> status == 201));
		rows.add(new Row("PUT /api/admin/gamification/rules/{code}", ADMIN, t -> {
			String code = uniqueCode("RULE");
			this.api.post("/api/admin/gamification/rules", ruleBody(code), admin);
			return this.api.put("/api/admin/gamification/rules/" + code, ruleBody(code), t);
		}));
		rows.add(new Row("DELETE /api/admin/gamification/rules/{code}", ADMIN, t -> {
			String code = uniqueCode("RULE");
			this.api.post("/api/admin/gamification/rules", ruleBody(code), admin);
			return this.api.delete("/api/admin/gamification/rules/" + code, t);
		}));
		rows.add(new Row("GET /api/admin/gamification/badges", ADMIN,
				t -> this.api.get("/api/admin/gamification/badges", t)));
		rows.add(new Row("POST /api/admin/gamification/badges", ADMIN,
				t -> this.api.post("/api/admin/gamification/badges", badgeBody(uniqueCode("BADGE")), t),
				status -> status == 201));
		rows.add(new Row("PUT /api/admin/gamification/badges/{code}", ADMIN, t -> {
			String code = uniqueCode("BADGE");
			this.api.post("/api/admin/gamification/badges", badgeBody(code), admin);
			return this.api.put("/api/admin/gamification/badges/" + code, badgeBody(code), t);
		}));
		rows.add(new Row("DELETE /api/admin/gamification/badges/{code}", ADMIN, t -> {
			String code = uniqueCode("BADGE");
			this.api.post("/api/admin/gamification/badges", badgeBody(code), admin);
			return this.api.delete("/api/admin/gamification/badges/" + code, t);
		}));
		// notifications
		rows.add(new Row("GET /api/me/notifications", SIGNED_IN, t -> this.api.get("/api/me/notifications", t)));
		rows.add(new Row("GET /api/me/notifications/unread-count", SIGNED_IN,
				t -> this.api.get("/api/me/notifications/unread-count", t)));
		rows.add(new Row("GET /api/me/notifications/stream", SIGNED_IN, this::openStream));
		rows.add(new Row("POST /api/me/notifications/{id}/read", OWNER,
				t -> this.api.post("/api/me/notifications/" + notification + "/read", Map.of(), t)));
		rows.add(new Row("POST /api/me/notifications/read-all", SIGNED_IN,
				t -> this.api.post("/api/me/notifications/read-all", Map.of(), t)));
		rows.add(new Row("GET /api/me/notification-preferences", SIGNED_IN,
				t -> this.api.get("/api/me/notification-preferences", t)));
		rows.add(new Row("PUT /api/me/notification-preferences", SIGNED_IN,
				t -> this.api.put("/api/me/notification-preferences",
						List.of(Map.of("kind", "FOOD_NUDGE", "channel", "IN_APP", "enabled", true)), t)));
		rows.add(new Row("GET /api/push/vapid-public-key", SIGNED_IN,
				t -> this.api.get("/api/push/vapid-public-key", t)));
		// keys of the wrong shape: the allowed callers get the 422 that says so
		rows.add(new Row("POST /api/me/push-subscriptions", SELF,
				t -> this.api.post("/api/me/push-subscriptions", Map.of("endpoint",
						"https://fcm.googleapis.com/fcm/send/matrix", "keys", Map.of("p256dh", "AAAA", "auth", "AAAA")),
						t),
				status -> status == 422));
		rows.add(new Row("DELETE /api/me/push-subscriptions", SELF, t -> this.api
			.delete("/api/me/push-subscriptions?endpoint=https%3A%2F%2Ffcm.googleapis.com%2Ffcm%2Fsend%2Fmatrix", t)));
		// the emailed token is the credential (RFC 8058 one-click): a made-up one is 404
		rows.add(new Row("POST /api/notifications/unsubscribe/{token}", PUBLIC,
				t -> this.api.post("/api/notifications/unsubscribe/" + "A".repeat(43), Map.of(), t),
				status -> status == 404 || status == 400));

		Set<String> covered = new TreeSet<>();
		rows.forEach(row -> assertThat(covered.add(row.operation())).as("two rows for " + row.operation()).isTrue());
		Set<String> published = publishedOperations();
		assertThat(published).as("operations of /v3/api-docs without a row in the authorization matrix")
			.isSubsetOf(covered);
		assertThat(covered).as("rows for operations that /v3/api-docs does not publish").isSubsetOf(published);

		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (Row row : rows) {
			for (Map.Entry<Caller, String> caller : tokens.entrySet()) {
				Response response = row.call().apply(caller.getValue());
				int status = response.status();
				boolean allowed = row.allowed().contains(caller.getKey());
				boolean ok;
				if (allowed) {
					// a public operation called with an expired or forged token is
					// refused
					// as any request carrying an invalid token is
					ok = row.allowedAnswer().test(status) || (caller.getKey() == Caller.EXPIRED_ADMIN_TOKEN
							|| caller.getKey() == Caller.FORGED_ADMIN_TOKEN) && status == 401;
				}
				else {
					ok = NOBODY_WITHOUT_A_VALID_TOKEN.contains(caller.getKey()) ? status == 401
							: status == 403 || status == 404;
				}
				if (ok && status < 300 && !CAPABILITY_URLS.contains(row.operation())
						&& (caller.getKey() == Caller.OTHER_MEMBER || caller.getKey() == Caller.OTHER_CLINICIAN)) {
					String body = response.raw().body();
					for (String marker : ownerMarkers) {
						if (body != null && body.contains(marker)) {
							ok = false;
							wrong.add(row.operation() + " as " + caller.getKey() + " shows the owner's " + marker);
						}
					}
				}
				else if (!ok) {
					wrong.add(row.operation() + " as " + caller.getKey() + ": " + status + " (expected "
							+ (allowed ? "allowed" : "denied") + ") " + abbreviate(response.raw().body()));
				}
				checked++;
			}
		}
		System.out.println("authorization matrix: " + rows.size() + " operations x " + tokens.size() + " callers = "
				+ checked + " checks");
		assertThat(wrong).isEmpty();
	}

	private static String abbreviate(String body) {
		return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
	}

	private Set<String> publishedOperations() {
		JsonNode document = this.api.get("/v3/api-docs", null).body();
		Set<String> operations = new TreeSet<>();
		document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			if (Set.of("get", "put", "post", "patch", "delete").contains(operation.getKey())) {
				operations.add(operation.getKey().toUpperCase() + " " + path.getKey());
			}
		}));
		assertThat(operations).hasSizeGreaterThan(100);
		return operations;
	}

	private static Caller callerOf(Map<Caller, String> tokens, String token) {
		return tokens.entrySet()
			.stream()
			.filter(entry -> java.util.Objects.equals(entry.getValue(), token))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * For the members, a new member with a running subscription (its own state); for
	 * everyone else their own token.
	 */
	private String subscriberOr(Map<Caller, String> tokens, String token, UUID plan) {
		if (!SIGNED_IN.contains(callerOf(tokens, token))) {
			return token;
		}
		String member = this.api.newMember();
		subscribe(member, plan);
		return member;
	}

	private String subscribe(String member, UUID plan) {
		Response checkout = this.api.post("/api/me/subscription/checkout", Map.of("planId", plan.toString()), member);
		assertThat(checkout.status()).as(checkout.body().toString()).isEqualTo(201);
		Response paid = this.api.post("/api/billing/sandbox/sessions/" + checkout.text("sessionId") + "/pay",
				Map.of("cardNumber", "4242 4242 4242 4242", "expMonth", 12, "expYear", 2034, "cvc", "123"), null);
		assertThat(paid.status()).as(paid.body().toString()).isLessThan(300);
		JsonNode payments = this.api.get("/api/me/payments", member).body();
		JsonNode list = payments.isArray() ? payments : payments.path("content");
		return list.get(0).path("id").asString();
	}

	/** A new meal photo of the owner, waiting for its upload. */
	private String newPhoto(String ownerToken) {
		Response issued = this.api.post("/api/meal-photos", Map.of("contentType", "image/jpeg", "sizeBytes", 20_000),
				ownerToken);
		assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);
		return issued.text("photoId");
	}

	/** A payment of the owner the first time; afterwards one of a new subscriber. */
	private String subscribedPayment(UUID plan) {
		String member = this.api.get("/api/me/subscription", this.owner.token()).body().path("status").asString();
		boolean ownerSubscribed = !member.isEmpty() && !"NONE".equals(member);
		return subscribe(ownerSubscribed ? this.api.newMember() : this.owner.token(), plan);
	}

	private String refreshToken() {
		return this.api
			.postAsMobile("/api/auth/login",
					Map.of("email", this.owner.email(), "password", SchedulingFixtures.PASSWORD), null)
			.text("refreshToken");
	}

	private String nextSlot() {
		int n = this.slot.getAndIncrement();
		LocalDate date = inDays(2 + n / 20);
		int minutes = 8 * 60 + (n % 20) * 30;
		return at(date, String.format("%02d:%02d", minutes / 60, minutes % 60));
	}

	/** A new appointment of the owner with the treating clinician. */
	private String book() {
		Response booked = this.fixtures.book(this.owner.token(), this.treating.id(), nextSlot());
		assertThat(booked.status()).as(booked.body().toString()).isEqualTo(201);
		return booked.text("id");
	}

	private static Map<String, Object> customFoodBody(String name) {
		return Map.of("nameEn", name, "per100g", Map.of("kcal", 40, "proteinG", 2, "fatG", 1, "carbsG", 5));
	}

	private String customFood() {
		Response created = this.api.post("/api/foods/custom", customFoodBody("Matrix soup"), this.owner.token());
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.text("id");
	}

	private String publicFood() {
		return this.api.get("/api/foods?q=a&size=1", this.owner.token())
			.body()
			.path("content")
			.get(0)
			.path("id")
			.asString();
	}

	private String diaryEntry(String food) {
		Response logged = this.api.post("/api/diary/entries",
				Map.of("date", inDays(5).toString(), "meal", "DINNER", "foodId", food, "grams", 120),
				this.owner.token());
		assertThat(logged.status()).as(logged.body().toString()).isEqualTo(201);
		return logged.text("id");
	}

	private String deletedDiaryEntry(String food) {
		String id = diaryEntry(food);
		assertThat(this.api.delete("/api/diary/entries/" + id, this.owner.token()).status()).isEqualTo(204);
		return id;
	}

	private static Map<String, Object> recipeBody(String food) {
		return Map.of("nameEn", "Matrix stew", "servings", 2, "ingredients",
				List.of(Map.of("foodId", food, "grams", 200)));
	}

	private String recipe(String food) {
		Response created = this.api.post("/api/recipes", recipeBody(food), this.owner.token());
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.text("id");
	}

	private Map<String, Object> planBody() {
		Map<String, Object> body = new HashMap<>();
		body.put("code", "plan-" + UUID.randomUUID().toString().substring(0, 8));
		body.put("name", "Matrix plan");
		body.put("description", "A plan for the authorization matrix");
		body.put("price", Map.of("amount", "9.99", "currency", "EUR"));
		body.put("period", "P1M");
		body.put("trialDays", 0);
		// the plan features of the meal photos and the weekly summary: the owner has them
		body.put("features", List.of("PHOTO_ANALYSIS", "AI_SUMMARY"));
		return body;
	}

	private UUID plan() {
		Response created = this.api.post("/api/admin/plans", planBody(), this.fixtures.admin());
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return UUID.fromString(created.text("id"));
	}

	private static String uniqueCode(String prefix) {
		return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private static Map<String, Object> ruleBody(String code) {
		Map<String, Object> rule = new HashMap<>();
		rule.put("code", code);
		rule.put("name", Map.of("es", "Regla", "en", "Rule"));
		rule.put("trigger", "APPOINTMENT_COMPLETED");
		rule.put("condition", Map.of("kind", "COUNT", "n", 3, "withinDays", 90));
		rule.put("points", 30);
		rule.put("active", false);
		return rule;
	}

	private static Map<String, Object> badgeBody(String code) {
		return Map.of("code", code, "name", Map.of("es", "Insignia", "en", "Badge"), "description",
				Map.of("es", "Una insignia", "en", "A badge"), "icon", "star");
	}

	private static Map<String, Object> availability() {
		List<Map<String, String>> weekly = new ArrayList<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			weekly.add(Map.of("dayOfWeek", day, "start", "08:00", "end", "20:00"));
		}
		return Map.of("timezone", "UTC", "slotMinutes", 30, "bufferMinutes", 0, "minNoticeMinutes", 60, "weekly",
				weekly, "exceptions", List.of());
	}

	private Response upload(String token) {
		try {
			Path sr28 = Path.of("src/test/resources/nutrition/sr28-mini");
			ByteArrayOutputStream zipped = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
				for (String name : List.of("FD_GROUP.txt", "FOOD_DES.txt", "NUT_DATA.txt", "WEIGHT.txt")) {
					zip.putNextEntry(new ZipEntry("sr28/" + name));
					zip.write(Files.readAllBytes(sr28.resolve(name)));
					zip.closeEntry();
				}
			}
			String boundary = "matrix" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.zip\"\r\n"
					+ "Content-Type: application/zip\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(zipped.toByteArray());
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return this.api.raw(this.api.builder("/api/admin/foods/imports?format=sr28", token)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Opens the event stream and takes its status (the stream itself never ends). */
	private Response openStream(String token) {
		try {
			java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
			java.net.http.HttpResponse<java.io.InputStream> opened = client
				.send(this.api.builder("/api/me/notifications/stream", token)
					.header("Accept", "text/event-stream")
					.GET()
					.build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
			String body = "";
			if (opened.statusCode() >= 400) {
				body = new String(opened.body().readAllBytes(), StandardCharsets.UTF_8);
			}
			opened.body().close();
			int status = opened.statusCode();
			String text = body;
			return new Response(status, JSON.createObjectNode(), new StatusOnly(opened, text));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The status and error body of a response whose body was not read as text. */
	private record StatusOnly(java.net.http.HttpResponse<?> response,
			String body) implements java.net.http.HttpResponse<String> {

		@Override
		public int statusCode() {
			return this.response.statusCode();
		}

		@Override
		public HttpRequest request() {
			return this.response.request();
		}

		@Override
		public java.util.Optional<java.net.http.HttpResponse<String>> previousResponse() {
			return java.util.Optional.empty();
		}

		@Override
		public java.net.http.HttpHeaders headers() {
			return this.response.headers();
		}

		@Override
		public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
			return java.util.Optional.empty();
		}

		@Override
		public java.net.URI uri() {
			return this.response.uri();
		}

		@Override
		public java.net.http.HttpClient.Version version() {
			return this.response.version();
		}

	}

	private String expired(String realToken) {
		return this.encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
				claims(realToken).issuedAt(Instant.now().minusSeconds(7200))
					.expiresAt(Instant.now().minusSeconds(3600))
					.build()))
			.getTokenValue();
	}

	private static String forged(String realToken) {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		NimbusJwtEncoder other = new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(key, "HmacSHA256")));
		return other
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims(realToken).build()))
			.getTokenValue();
	}

	/** The claims of a real token, to re-sign (expired, or with another key). */
	private static JwtClaimsSet.Builder claims(String realToken) {
		JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(realToken.split("\\.")[1]));
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(payload.path("iss").asString())
			.subject(payload.path("sub").asString())
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(600));
		payload.properties().forEach(claim -> {
			if (!Set.of("iss", "sub", "iat", "exp", "nbf").contains(claim.getKey())) {
				claims.claim(claim.getKey(), JSON.convertValue(claim.getValue(), Object.class));
			}
		});
		return claims;
	}

}
