package app.vitalia.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import app.vitalia.support.Api;
import app.vitalia.support.Api.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object mother for scheduling API tests: clinicians open every day, members, bookings.
 */
final class SchedulingFixtures {

	/** The bootstrap admin of the test configuration ({@code config/application.yml}). */
	static final String ADMIN_EMAIL = "admin@vitalia.test";

	static final String ADMIN_PASSWORD = "admin password for the tests";

	static final String PASSWORD = "correct horse battery staple";

	record Clinician(UUID id, String email, String token) {
	}

	record Member(UUID id, String email, String token) {
	}

	/**
	 * Admin tokens by server port, reused for ten minutes: logins are rate-limited per
	 * account and every HTTP test class signs in as the same admin.
	 */
	private static final Map<Integer, Map.Entry<Instant, String>> ADMIN_TOKENS = new ConcurrentHashMap<>();

	private final Api api;

	private final int port;

	SchedulingFixtures(Api api, int port) {
		this.api = api;
		this.port = port;
	}

	String admin() {
		Map.Entry<Instant, String> cached = ADMIN_TOKENS.get(this.port);
		if (cached == null || cached.getKey().isBefore(Instant.now())) {
			cached = Map.entry(Instant.now().plus(Duration.ofMinutes(10)), this.api.login(ADMIN_EMAIL, ADMIN_PASSWORD));
			ADMIN_TOKENS.put(this.port, cached);
		}
		return cached.getValue();
	}

	/**
	 * A clinician in UTC with 30-minute slots from 08:00 to 20:00 every day, one hour
	 * notice.
	 */
	Clinician clinicianOpenEveryDay(String name, String specialty) {
		String email = "doctor-" + UUID.randomUUID() + "@example.com";
		Response created = this.api.post("/api/doctors", Map.of("email", email, "password", PASSWORD, "displayName",
				name, "specialties", List.of(specialty), "timezone", "UTC", "slotMinutes", 30, "locale", "en"),
				admin());
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		UUID id = UUID.fromString(created.text("id"));
		String token = this.api.login(email, PASSWORD);
		Clinician clinician = new Clinician(id, email, token);
		openEveryDay(clinician, 30, 0, List.of());
		return clinician;
	}

	/**
	 * Replaces the clinician's rules: UTC, 08:00 to 20:00 every day, one hour notice,
	 * with these slots, buffer and date exceptions.
	 */
	void openEveryDay(Clinician clinician, int slotMinutes, int bufferMinutes, List<Map<String, String>> exceptions) {
		List<Map<String, String>> weekly = new ArrayList<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			weekly.add(Map.of("dayOfWeek", day, "start", "08:00", "end", "20:00"));
		}
		Response rules = this.api.put("/api/doctors/" + clinician.id() + "/availability",
				Map.of("timezone", "UTC", "slotMinutes", slotMinutes, "bufferMinutes", bufferMinutes,
						"minNoticeMinutes", 60, "weekly", weekly, "exceptions", exceptions),
				clinician.token());
		assertThat(rules.status()).as(rules.body().toString()).isEqualTo(200);
	}

	/** Extra hours on that date, on top of the weekly ones. */
	static Map<String, String> extraHours(LocalDate date, String start, String end) {
		return Map.of("date", date.toString(), "type", "EXTRA", "start", start, "end", end);
	}

	/** A newly registered member with that name, signed in. */
	Member member(String displayName) {
		String email = "member-" + UUID.randomUUID() + "@example.com";
		Response registered = this.api.post("/api/auth/register",
				Map.of("email", email, "password", PASSWORD, "displayName", displayName, "locale", "en"), null);
		assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
		String token = this.api.login(email, PASSWORD);
		return new Member(UUID.fromString(this.api.get("/api/me", token).text("id")), email, token);
	}

	static LocalDate inDays(int days) {
		return LocalDate.now(ZoneOffset.UTC).plusDays(days);
	}

	static String at(LocalDate date, String time) {
		return date + "T" + time + ":00Z";
	}

	Response book(String token, UUID doctorId, String startsAt) {
		return this.api.post("/api/appointments", Map.of("doctorId", doctorId.toString(), "startsAt", startsAt), token);
	}

}
