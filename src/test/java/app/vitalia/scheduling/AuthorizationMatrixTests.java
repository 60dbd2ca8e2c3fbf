package app.vitalia.scheduling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.Test;

import static app.vitalia.scheduling.SchedulingFixtures.at;
import static app.vitalia.scheduling.SchedulingFixtures.inDays;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every endpoint that takes an id or returns personal data, each kind of caller gets
 * exactly the access its module declares: allowed callers a 2xx, the anonymous a 401,
 * everyone else a 403 or 404 (a 404 does not even confirm the id exists).
 */
class AuthorizationMatrixTests extends HttpTest {

	enum Caller {

		ANONYMOUS, OWNER, OTHER_MEMBER, TREATING_CLINICIAN, OTHER_CLINICIAN, ADMIN

	}

	private record Row(String name, Function<String, Response> call, List<Caller> allowed) {
	}

	@Test
	void everyCallerGetsExactlyTheDeclaredAccess() {
		SchedulingFixtures fixtures = new SchedulingFixtures(this.api, this.port);
		SchedulingFixtures.Clinician treating = fixtures.clinicianOpenEveryDay("Dr. Treating", "nutrition");
		SchedulingFixtures.Clinician other = fixtures.clinicianOpenEveryDay("Dr. Other", "nutrition");
		SchedulingFixtures.Member owner = fixtures.member("Matrix Owner");
		SchedulingFixtures.Member stranger = fixtures.member("Matrix Stranger");
		Map<Caller, String> tokens = new LinkedHashMap<>();
		tokens.put(Caller.ANONYMOUS, null);
		tokens.put(Caller.OWNER, owner.token());
		tokens.put(Caller.OTHER_MEMBER, stranger.token());
		tokens.put(Caller.TREATING_CLINICIAN, treating.token());
		tokens.put(Caller.OTHER_CLINICIAN, other.token());
		tokens.put(Caller.ADMIN, fixtures.admin());

		String appointment = fixtures.book(owner.token(), treating.id(), at(inDays(3), "10:00")).text("id");
		String food = this.api
			.post("/api/foods/custom",
					Map.of("nameEn", "Matrix soup", "per100g",
							Map.of("kcal", 40, "proteinG", 2, "fatG", 1, "carbsG", 5)),
					owner.token())
			.text("id");
		Map<String, Object> availability = Map.of("timezone", "UTC", "slotMinutes", 30, "bufferMinutes", 0,
				"minNoticeMinutes", 60, "weekly",
				List.of(Map.of("dayOfWeek", "MONDAY", "start", "08:00", "end", "20:00")), "exceptions", List.of());

		List<Caller> appointmentParties = List.of(Caller.OWNER, Caller.TREATING_CLINICIAN, Caller.ADMIN);
		List<Row> rows = List.of(
				new Row("GET appointment", t -> this.api.get("/api/appointments/" + appointment, t),
						appointmentParties),
				new Row("GET appointment history",
						t -> this.api.get("/api/appointments/" + appointment + "/history", t), appointmentParties),
				new Row("GET appointment calendar file",
						t -> this.api.get("/api/appointments/" + appointment + "/ics", t), appointmentParties),
				new Row("GET custom food", t -> this.api.get("/api/foods/" + food, t), List.of(Caller.OWNER)),
				new Row("GET patients", t -> this.api.get("/api/patients", t),
						List.of(Caller.TREATING_CLINICIAN, Caller.OTHER_CLINICIAN, Caller.ADMIN)),
				new Row("GET admin outbox", t -> this.api.get("/api/admin/outbox", t), List.of(Caller.ADMIN)),
				new Row("PUT clinician availability",
						t -> this.api.put("/api/doctors/" + treating.id() + "/availability", availability, t),
						List.of(Caller.TREATING_CLINICIAN, Caller.ADMIN)),
				new Row("GET own profile", t -> this.api.get("/api/me", t), List.of(Caller.OWNER, Caller.OTHER_MEMBER,
						Caller.TREATING_CLINICIAN, Caller.OTHER_CLINICIAN, Caller.ADMIN)));

		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (Row row : rows) {
			for (Map.Entry<Caller, String> caller : tokens.entrySet()) {
				int status = row.call().apply(caller.getValue()).status();
				boolean allowed = row.allowed().contains(caller.getKey());
				boolean ok = allowed ? status >= 200 && status < 300
						: caller.getKey() == Caller.ANONYMOUS ? status == 401 : status == 403 || status == 404;
				checked++;
				if (!ok) {
					wrong.add(row.name() + " as " + caller.getKey() + ": " + status + " (expected "
							+ (allowed ? "2xx" : "denied") + ")");
				}
			}
		}
		// the owner's own view shows only their data, never the other member's
		assertThat(this.api.get("/api/me", stranger.token()).text("id")).isEqualTo(stranger.id().toString());
		assertThat(this.api.get("/api/appointments", stranger.token()).body().path("content")).isEmpty();
		assertThat(this.api.get("/api/appointments", other.token()).body().path("content")).isEmpty();
		System.out.println("authorization matrix: " + rows.size() + " endpoints x " + tokens.size() + " callers = "
				+ checked + " checks");
		assertThat(wrong).isEmpty();
	}

}
