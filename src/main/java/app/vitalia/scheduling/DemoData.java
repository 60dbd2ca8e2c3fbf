package app.vitalia.scheduling;

import java.math.BigDecimal;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.identity.Role;
import app.vitalia.identity.bulk.AccountImports;
import app.vitalia.identity.bulk.ImportedAccount;
import app.vitalia.members.ActivityLevel;
import app.vitalia.members.Goal;
import app.vitalia.members.Sex;
import app.vitalia.members.bulk.ImportedProfile;
import app.vitalia.members.bulk.ProfileImports;
import app.vitalia.scheduling.calendar.AppointmentStatus;
import app.vitalia.scheduling.calendar.Slot;
import app.vitalia.scheduling.slots.Schedule;
import app.vitalia.scheduling.slots.SchedulingCaches;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

/**
 * Realistic demo and load-test data: members (with complete profiles: body, activity,
 * goal and home time zone) and clinicians with Spanish and English names, specialties,
 * weekly hours in several time zones, and appointments in the past (completed, no-shows,
 * cancelled) and the future (booked, some cancelled), inserted with multi-row JDBC
 * statements. Every account shares one password, hashed once.
 */
@Component
class DemoData {

	record Plan(String prefix, int members, int clinicians, int appointments, String password, long seed) {
	}

	record Result(List<UUID> memberIds, List<UUID> clinicianIds, int appointments) {
	}

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final int ROWS_PER_STATEMENT = 1000;

	static final List<String> FIRST_NAMES = List.of("Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Leo", "Julia",
			"Daniel", "Paula", "Álvaro", "Valeria", "Pablo", "Carmen", "Javier", "Elena", "Diego", "Olivia", "James",
			"Emma", "Noah", "Ava", "Liam", "Mia", "Oliver", "Isabella", "Ethan", "Grace", "Samuel", "Chloe", "Henry");

	static final List<String> LAST_NAMES = List.of("García", "Fernández", "González", "Rodríguez", "López", "Martínez",
			"Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez",
			"Romero", "Navarro", "Torres", "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Walker",
			"Wright", "Evans", "Hughes", "Murphy");

	static final List<String> SPECIALTIES = List.of("nutrition", "endocrinology", "cardiology", "sports-medicine",
			"general-practice", "psychology", "pediatrics", "dermatology");

	static final List<String> ZONES = List.of("Europe/Madrid", "Europe/Madrid", "Europe/Madrid", "Europe/Madrid",
			"Atlantic/Canary", "Europe/London", "America/Mexico_City", "America/Bogota", "America/New_York");

	static final List<String> REASONS = List.of("Primera consulta", "Revisión de dieta", "Follow-up", "Control de peso",
			"Blood test results", "Plan de entrenamiento", "Seguimiento mensual");

	/** Where Spanish-speaking members live. */
	static final List<String> SPANISH_MEMBER_ZONES = List.of("Europe/Madrid", "Europe/Madrid", "Europe/Madrid",
			"Europe/Madrid", "Atlantic/Canary", "America/Mexico_City", "America/Mexico_City", "America/Bogota",
			"America/Argentina/Buenos_Aires", "America/Santiago", "America/Lima");

	/** Where English-speaking members live. */
	static final List<String> ENGLISH_MEMBER_ZONES = List.of("America/New_York", "America/New_York", "America/Chicago",
			"America/Los_Angeles", "Europe/London", "Europe/London", "Europe/Madrid");

	static final List<ActivityLevel> ACTIVITY = List.of(ActivityLevel.SEDENTARY, ActivityLevel.SEDENTARY,
			ActivityLevel.SEDENTARY, ActivityLevel.LIGHT, ActivityLevel.LIGHT, ActivityLevel.LIGHT, ActivityLevel.LIGHT,
			ActivityLevel.MODERATE, ActivityLevel.MODERATE, ActivityLevel.MODERATE, ActivityLevel.ACTIVE,
			ActivityLevel.ACTIVE, ActivityLevel.VERY_ACTIVE);

	private final JdbcTemplate jdbc;

	private final AccountImports accounts;

	private final ProfileImports profiles;

	private final SchedulingCaches caches;

	private final Clock clock;

	DemoData(JdbcTemplate jdbc, AccountImports accounts, ProfileImports profiles, SchedulingCaches caches,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.profiles = profiles;
		this.caches = caches;
		this.clock = clock;
	}

	Result seed(Plan plan) {
		Random random = new Random(plan.seed());
		Instant now = this.clock.instant();
		List<String> names = new ArrayList<>();
		// profiles draw from their own sequence: accounts and appointments stay what they
		// were for a given seed
		Random bodies = new Random(plan.seed() * 31 + 7);
		List<UUID> members = importAccounts(plan, "member", plan.members(), EnumSet.of(Role.MEMBER), random, names,
				bodies);
		List<String> memberNames = List.copyOf(names);
		names.clear();
		List<UUID> clinicians = importAccounts(plan, "doctor", plan.clinicians(), EnumSet.of(Role.CLINICIAN), random,
				names, null);
		List<Schedule> schedules = createClinicians(clinicians, names, random, now);
		log.info("Seeded {} members and {} clinicians", members.size(), clinicians.size());
		int created = createAppointments(plan, schedules, members, memberNames, random, now);
		this.caches.allBookingsChanged();
		log.info("Seeded {} appointments", created);
		return new Result(members, clinicians, created);
	}

	/**
	 * Accounts in batches of 2,000; members ({@code bodies} given) get a complete profile
	 * too.
	 */
	private List<UUID> importAccounts(Plan plan, String kind, int count, Set<Role> roles, Random random,
			List<String> names, @Nullable Random bodies) {
		List<UUID> ids = new ArrayList<>(count);
		List<ImportedAccount> batch = new ArrayList<>();
		List<ImportedProfile> profileBatch = new ArrayList<>();
		List<Object[]> patients = new ArrayList<>();
		LocalDate today = this.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
		for (int i = 0; i < count; i++) {
			UUID id = new UUID(random.nextLong(), random.nextLong());
			String name = name(random, kind.equals("doctor"));
			names.add(name);
			String email = email(plan, kind, i);
			String locale = random.nextInt(4) == 0 ? "en" : "es";
			batch.add(new ImportedAccount(id, email, name, locale, roles));
			if (kind.equals("member")) {
				patients.add(new Object[] { id, name, Clinician.searchable(name), email });
			}
			if (bodies != null) {
				profileBatch.add(profile(id, locale, bodies, today));
			}
			ids.add(id);
			if (batch.size() == 2000 || i == count - 1) {
				this.accounts.importAccounts(batch, plan.password());
				this.profiles.importProfiles(profileBatch);
				batch.clear();
				profileBatch.clear();
			}
		}
		insert("scheduling_patient", "id, display_name, search_name, email", patients);
		return ids;
	}

	/**
	 * An adult aged 18 to 79 with a height and a body-mass index drawn around the
	 * population's, a goal that fits that BMI more often than not, and a time zone where
	 * people speaking their language live.
	 */
	static ImportedProfile profile(UUID id, String locale, Random random, LocalDate today) {
		Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
		LocalDate birthDate = today.minusYears(18 + random.nextInt(62)).minusDays(random.nextInt(365));
		double height = clamp(sex == Sex.FEMALE ? 163 + 6.5 * random.nextGaussian() : 176 + 7 * random.nextGaussian(),
				145, 205);
		double bmi = clamp(25.5 + 4.5 * random.nextGaussian(), 17, 42);
		double weight = clamp(bmi * height * height / 10_000, 40, 200);
		int roll = random.nextInt(100);
		Goal goal = bmi >= 27 ? (roll < 80 ? Goal.LOSE : Goal.MAINTAIN)
				: bmi < 20 ? (roll < 60 ? Goal.GAIN : Goal.MAINTAIN)
						: (roll < 35 ? Goal.LOSE : roll < 85 ? Goal.MAINTAIN : Goal.GAIN);
		List<String> zones = locale.equals("en") ? ENGLISH_MEMBER_ZONES : SPANISH_MEMBER_ZONES;
		return new ImportedProfile(id, birthDate, sex, BigDecimal.valueOf(Math.round(height * 10), 1),
				BigDecimal.valueOf(Math.round(weight * 10), 1), ACTIVITY.get(random.nextInt(ACTIVITY.size())), goal,
				zones.get(random.nextInt(zones.size())), locale);
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	private static String name(Random random, boolean doctor) {
		String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
		String name = first + " " + LAST_NAMES.get(random.nextInt(LAST_NAMES.size())) + " "
				+ LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
		return doctor ? "Dr. " + name : name;
	}

	private List<Schedule> createClinicians(List<UUID> ids, List<String> names, Random random, Instant now) {
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> specialties = new ArrayList<>();
		List<Object[]> languages = new ArrayList<>();
		List<Object[]> hours = new ArrayList<>();
		List<Schedule> schedules = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			UUID id = ids.get(i);
			String zone = ZONES.get(random.nextInt(ZONES.size()));
			int slot = List.of(30, 30, 30, 20, 45, 60).get(random.nextInt(6));
			String name = names.get(i);
			rows.add(new Object[] { id, name, Clinician.searchable(name), "Consulta de " + zone, zone, slot, 0,
					Clinician.DEFAULT_MIN_NOTICE_MINUTES, Clinician.DEFAULT_HORIZON_DAYS, Timestamp.from(now) });
			String first = SPECIALTIES.get(random.nextInt(SPECIALTIES.size()));
			specialties.add(new Object[] { id, first });
			String second = SPECIALTIES.get(random.nextInt(SPECIALTIES.size()));
			if (!second.equals(first)) {
				specialties.add(new Object[] { id, second });
			}
			languages.add(new Object[] { id, "es" });
			if (random.nextBoolean()) {
				languages.add(new Object[] { id, "en" });
			}
			List<Schedule.Window> weekly = new ArrayList<>();
			for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
				weekly.add(new Schedule.Window(day, LocalTime.of(9, 0), LocalTime.of(14, 0)));
				weekly.add(new Schedule.Window(day, LocalTime.of(16, 0), LocalTime.of(19, 0)));
			}
			weekly.forEach(window -> hours.add(new Object[] { id, window.dayOfWeek().name(),
					Time.valueOf(window.start()), Time.valueOf(window.end()) }));
			schedules.add(new Schedule(id, zone, slot, 0, Clinician.DEFAULT_MIN_NOTICE_MINUTES,
					Clinician.DEFAULT_HORIZON_DAYS, weekly, List.of()));
		}
		insert("scheduling_clinician", "id, display_name, search_name, bio, timezone, slot_minutes, buffer_minutes, "
				+ "min_notice_minutes, horizon_days, created_at", rows);
		insert("scheduling_clinician_specialty", "clinician_id, specialty", specialties);
		insert("scheduling_clinician_language", "clinician_id, language", languages);
		insert("scheduling_weekly_hours", "clinician_id, day_of_week, start_time, end_time", hours);
		return schedules;
	}

	private int createAppointments(Plan plan, List<Schedule> schedules, List<UUID> members, List<String> memberNames,
			Random random, Instant now) {
		if (schedules.isEmpty() || members.isEmpty()) {
			return 0;
		}
		int created = 0;
		List<Object[]> appointments = new ArrayList<>();
		List<Object[]> changes = new ArrayList<>();
		List<Object[]> reminders = new ArrayList<>();
		List<Object[]> relations = new ArrayList<>();
		List<Object[]> tallies = new ArrayList<>();
		for (int d = 0; d < schedules.size(); d++) {
			Schedule schedule = schedules.get(d);
			int quota = plan.appointments() / schedules.size() + (d < plan.appointments() % schedules.size() ? 1 : 0);
			double fill = 0.8;
			double perDay = 8 * 60.0 / schedule.slotMinutes() * 5 / 7 * fill;
			int days = (int) Math.ceil(quota / perDay) + 1;
			int futureDays = Math.min(60, (int) (days * 0.3));
			LocalDate today = now.atZone(schedule.zone()).toLocalDate();
			LocalDate date = today.minusDays(days - futureDays);
			Set<UUID> patients = new HashSet<>();
			int made = 0;
			while (made < quota) {
				for (Slot slot : schedule.slotsOn(date)) {
					if (made == quota || random.nextDouble() > fill) {
						continue;
					}
					int patientIndex = random.nextInt(members.size());
					UUID patient = members.get(patientIndex);
					boolean past = slot.start().isBefore(now);
					int roll = random.nextInt(100);
					AppointmentStatus status = past
							? (roll < 80 ? AppointmentStatus.COMPLETED
									: roll < 87 ? AppointmentStatus.NO_SHOW : AppointmentStatus.CANCELLED)
							: (roll < 90 ? AppointmentStatus.BOOKED : AppointmentStatus.CANCELLED);
					UUID id = new UUID(random.nextLong(), random.nextLong());
					Timestamp start = Timestamp.from(slot.start());
					Timestamp bookedAt = Timestamp.from(slot.start().minus(Duration.ofDays(1 + random.nextInt(20))));
					appointments.add(new Object[] { id, schedule.doctorId(), patient, start, Timestamp.from(slot.end()),
							status == AppointmentStatus.CANCELLED ? new SqlParameterValue(Types.TIMESTAMP, null)
									: start,
							status.name(), random.nextInt(3) == 0 ? REASONS.get(random.nextInt(REASONS.size()))
									: new SqlParameterValue(Types.VARCHAR, null),
							bookedAt });
					changes.add(new Object[] { new UUID(random.nextLong(), random.nextLong()), id, status.name(), start,
							status == AppointmentStatus.BOOKED ? patient : schedule.doctorId(),
							status == AppointmentStatus.BOOKED ? bookedAt : start });
					if (status == AppointmentStatus.BOOKED && slot.start().isBefore(now.plus(Duration.ofHours(48)))) {
						reminders.add(new Object[] { id, Reminders.KIND, Timestamp.from(now) });
					}
					if (patients.add(patient)) {
						relations.add(new Object[] { schedule.doctorId(), patient,
								Clinician.searchable(memberNames.get(patientIndex)), memberNames.get(patientIndex),
								email(plan, "member", patientIndex) });
					}
					made++;
				}
				date = date.plusDays(1);
			}
			tallies.add(new Object[] { schedule.doctorId(), patients.size() });
			created += made;
			if (appointments.size() >= 20_000 || d == schedules.size() - 1) {
				insert("scheduling_appointment", "id, doctor_id, patient_id, starts_at, ends_at, active_starts_at, "
						+ "status, reason, created_at", appointments);
				insert("scheduling_appointment_change", "id, appointment_id, status, starts_at, changed_by, changed_at",
						changes);
				insert("scheduling_reminder", "appointment_id, kind, sent_at", reminders);
				insert("scheduling_care_relation", "doctor_id, patient_id, search_name, display_name, email",
						relations);
				insert("scheduling_patient_tally", "doctor_id, patients", tallies);
				appointments.clear();
				changes.clear();
				reminders.clear();
				relations.clear();
				tallies.clear();
				log.info("... {} appointments", created);
			}
		}
		return created;
	}

	static String email(Plan plan, String kind, int index) {
		return plan.prefix() + "-" + kind + index + "@demo.vitalia.app";
	}

	/**
	 * Multi-row inserts: one statement per thousand rows is what makes a million rows
	 * quick.
	 */
	private void insert(String table, String columns, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		int width = rows.get(0).length;
		String tuple = "(" + "?, ".repeat(width - 1) + "?)";
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
			StringBuilder sql = new StringBuilder("insert into ").append(table)
				.append(" (")
				.append(columns)
				.append(") values ");
			Object[] args = new Object[chunk.size() * width];
			for (int i = 0; i < chunk.size(); i++) {
				sql.append(i == 0 ? "" : ", ").append(tuple);
				System.arraycopy(chunk.get(i), 0, args, i * width, width);
			}
			this.jdbc.update(sql.toString(), args);
		}
	}

}
