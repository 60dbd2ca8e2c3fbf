package app.vitalia.scheduling;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import app.vitalia.demo.DemoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import app.vitalia.members.MemberId;
import app.vitalia.members.MemberProfiles;
import app.vitalia.scheduling.calendar.AppointmentQueries;
import app.vitalia.scheduling.calendar.AppointmentStatus;
import app.vitalia.scheduling.notices.Reminders;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list and slot query is served by an index: 60,000 appointments seeded through the
 * seeder's batched path, statistics refreshed, then the plans are read with EXPLAIN. The
 * seeded members have complete profiles. It needs PostgreSQL and fails without it; it
 * runs in the HTTP tests' shared context (the same database), not in one of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlanTests {

	@Autowired
	DemoData demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MemberProfiles profiles;

	@Autowired
	NamedParameterJdbcTemplate named;

	DemoData.Result seeded;

	@BeforeAll
	void seed() {
		assertThat(this.jdbc.execute((ConnectionCallback<String>) (c) -> c.getMetaData().getDatabaseProductName()))
			.as("this test needs PostgreSQL on 127.0.0.1:5432")
			.isEqualTo("PostgreSQL");
		String prefix = "plan" + UUID.randomUUID().toString().substring(0, 8);
		this.seeded = this.demo.seed(new DemoData.Plan(prefix, 3000, 30, 60_000, "plan test password", 7));
		for (String table : List.of("scheduling_appointment", "scheduling_clinician", "scheduling_patient",
				"scheduling_care_relation", "scheduling_appointment_change", "scheduling_reminder")) {
			this.jdbc.execute("analyze " + table);
		}
	}

	@Test
	void seededMembersHaveCompleteProfilesInTheirOwnTimeZones() {
		List<UUID> members = this.seeded.memberIds();
		MapSqlParameterSource ids = new MapSqlParameterSource("ids", members);
		assertThat(this.named.queryForObject("select count(*) from members_profile where account_id in (:ids) "
				+ "and completed_at is not null and birth_date is not null and sex is not null "
				+ "and height_cm between 145 and 205 and weight_kg between 40 and 200 and activity_level is not null "
				+ "and goal is not null and locale is not null", ids, Integer.class))
			.isEqualTo(members.size());
		assertThat(this.named.queryForObject("select count(*) from members_weight_entry where account_id in (:ids)",
				ids, Integer.class))
			.isEqualTo(members.size());
		List<String> zones = this.named.queryForList(
				"select distinct timezone from members_profile where account_id in (:ids)", ids, String.class);
		assertThat(zones).hasSizeGreaterThanOrEqualTo(6)
			.contains("Europe/Madrid", "America/Mexico_City", "America/Bogota", "America/Argentina/Buenos_Aires",
					"America/New_York")
			.allSatisfy(zone -> assertThat(ZoneId.of(zone).getId()).isEqualTo(zone));
		List<String> sexes = this.named
			.queryForList("select distinct sex from members_profile where account_id in (:ids)", ids, String.class);
		assertThat(sexes).containsExactlyInAnyOrder("FEMALE", "MALE");
		UUID member = members.get(11);
		assertThat(this.profiles.zoneOf(MemberId.of(member))).isNotEqualTo(ZoneId.of("UTC"));
		assertThat(this.profiles.targetsOf(MemberId.of(member)))
			.hasValueSatisfying(targets -> assertThat(targets.calories()).isBetween(800, 6000));
	}

	@Test
	void seededPatientsListsAndTalliesFollowFromTheAppointments() {
		MapSqlParameterSource ids = new MapSqlParameterSource("ids", this.seeded.clinicianIds());
		assertThat(this.named.queryForObject("select count(*) from scheduling_appointment where doctor_id in (:ids)",
				ids, Integer.class))
			.isEqualTo(this.seeded.appointments());
		assertThat(this.named.queryForObject("select count(*) from scheduling_care_relation where doctor_id in (:ids)",
				ids, Integer.class))
			.isEqualTo(this.named.queryForObject("select count(*) from (select distinct doctor_id, patient_id "
					+ "from scheduling_appointment where doctor_id in (:ids)) pairs", ids, Integer.class));
		assertThat(this.named.queryForObject("select count(*) from scheduling_patient_tally t where t.doctor_id in "
				+ "(:ids) and t.patients = (select count(*) from scheduling_care_relation r "
				+ "where r.doctor_id = t.doctor_id)", ids, Integer.class))
			.isEqualTo(this.seeded.clinicianIds().size());
		assertThat(
				this.named.queryForObject("select count(*) from scheduling_care_relation r join scheduling_patient p "
						+ "on p.id = r.patient_id where r.doctor_id in (:ids) and (r.display_name <> p.display_name "
						+ "or r.email <> p.email or r.search_name <> p.search_name)", ids, Integer.class))
			.isZero();
		// no appointment was booked in the future, nor after its own start
		ids.addValue("now", java.sql.Timestamp.from(java.time.Instant.now()));
		assertThat(this.named.queryForObject("select count(*) from scheduling_appointment where doctor_id in (:ids) "
				+ "and (created_at > :now or created_at > starts_at)", ids, Integer.class))
			.isZero();
		// booked appointments in the next 48 hours count as reminded: seeding sends no
		// burst
		assertThat(this.named.queryForObject(
				"select count(*) from scheduling_appointment a where a.doctor_id in "
						+ "(:ids) and a.status = 'BOOKED' and a.starts_at < :soon and not exists (select 1 from "
						+ "scheduling_reminder r where r.appointment_id = a.id)",
				ids.addValue("soon", Timestamp.from(Instant.now().plus(Duration.ofHours(47)))), Integer.class))
			.isZero();
	}

	String plan(String sql, MapSqlParameterSource params) {
		return String.join("\n", this.named.queryForList("explain " + sql, params, String.class));
	}

	void assertIndexed(String plan) {
		assertThat(plan).doesNotContain("Seq Scan on scheduling_appointment ")
			.doesNotContain("Seq Scan on scheduling_care_relation")
			.doesNotContain("Seq Scan on scheduling_appointment_change");
		assertThat(plan).containsAnyOf("Index Scan", "Index Only Scan", "Bitmap Index Scan");
	}

	MapSqlParameterSource page(MapSqlParameterSource params) {
		return params.addValue("limit", 21).addValue("offset", 0);
	}

	String list(AppointmentQueries.Filter filter, MapSqlParameterSource params) {
		return AppointmentQueries.LIST + AppointmentQueries.where(filter, params)
				+ " order by a.starts_at, a.id limit :limit offset :offset";
	}

	@Test
	void appointmentListsOfAMemberAClinicianAndAnAdminUseIndexes() {
		UUID member = this.seeded.memberIds().get(5);
		UUID doctor = this.seeded.clinicianIds().get(3);
		Instant now = Instant.now();
		MapSqlParameterSource params = new MapSqlParameterSource();
		assertIndexed(plan(list(new AppointmentQueries.Filter(member, null, null, null, null), params), page(params)));
		params = new MapSqlParameterSource();
		assertIndexed(
				plan(list(new AppointmentQueries.Filter(null, doctor, now, now.plus(Duration.ofDays(7)), null), params),
						page(params)));
		params = new MapSqlParameterSource();
		assertIndexed(plan(list(new AppointmentQueries.Filter(null, null, null, null, null), params), page(params)));
		params = new MapSqlParameterSource();
		assertIndexed(plan(list(
				new AppointmentQueries.Filter(null, null, now, now.plus(Duration.ofDays(1)), AppointmentStatus.BOOKED),
				params), page(params)));
	}

	@Test
	void slotQueriesUseTheActiveSlotIndex() {
		UUID doctor = this.seeded.clinicianIds().get(4);
		Instant now = Instant.now();
		String plan = plan(AppointmentQueries.BUSY,
				new MapSqlParameterSource("ids", List.of(doctor)).addValue("from", Timestamp.from(now))
					.addValue("to", Timestamp.from(now.plus(Duration.ofDays(31)))));
		assertIndexed(plan);
		assertThat(plan).contains("scheduling_appointment_slot_uk");
	}

	@Test
	void theOverlapCheckOfABookingReadsOneClinicianDayFromTheActiveSlotIndex() {
		UUID doctor = this.seeded.clinicianIds().get(6);
		Instant start = Instant.now().plus(Duration.ofDays(3));
		String plan = plan(AppointmentBook.OVERLAPPING,
				new MapSqlParameterSource("doctorId", doctor)
					.addValue("startsAfter", Timestamp.from(start.minus(Duration.ofDays(1))))
					.addValue("to", Timestamp.from(start.plus(Duration.ofMinutes(30))))
					.addValue("from", Timestamp.from(start))
					.addValue("except", UUID.randomUUID()));
		assertIndexed(plan);
		assertThat(plan).doesNotContain("Seq Scan");
	}

	@Test
	void everyClinicianCountsTheirPatients() {
		List<UUID> doctors = this.seeded.clinicianIds();
		MapSqlParameterSource ids = new MapSqlParameterSource("ids", doctors);
		assertThat(this.named
			.queryForList("select t.doctor_id from scheduling_patient_tally t where t.doctor_id in (:ids) "
					+ "and t.patients = (select count(*) from scheduling_care_relation r where r.doctor_id = t.doctor_id) "
					+ "and t.patients > 0", ids, UUID.class))
			.containsExactlyInAnyOrderElementsOf(doctors);
	}

	@Test
	void patientsOfAClinicianAndRemindersUseIndexes() {
		UUID doctor = this.seeded.clinicianIds().get(2);
		MapSqlParameterSource params = new MapSqlParameterSource("doctorId", doctor).addValue("limit", 20)
			.addValue("offset", 0);
		String page = plan(Patients.CLINICIAN_PAGE.formatted(""), params);
		assertIndexed(page);
		assertThat(page).as("read from the relation alone").doesNotContain("scheduling_patient ");
		params.addValue("query", "%a%");
		assertIndexed(plan(Patients.CLINICIAN_SEARCH_COUNT.formatted(" and r.search_name like :query"), params));
		Instant now = Instant.now();
		String reminders = String.join("\n", this.jdbc.queryForList("explain " + Reminders.DUE, String.class,
				Timestamp.from(now), Timestamp.from(now.plus(Duration.ofHours(24))), Reminders.KIND));
		assertIndexed(reminders);
	}

}
