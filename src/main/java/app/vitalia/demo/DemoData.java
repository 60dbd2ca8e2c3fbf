package app.vitalia.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
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
import app.vitalia.scheduling.bulk.CalendarImports;
import app.vitalia.scheduling.bulk.CalendarImports.ImportedAppointment;
import app.vitalia.scheduling.bulk.CalendarImports.ImportedClinician;
import app.vitalia.scheduling.bulk.CalendarImports.ImportedPatient;
import app.vitalia.scheduling.bulk.CalendarImports.OpenSlot;
import app.vitalia.scheduling.bulk.CalendarImports.Outcome;
import app.vitalia.scheduling.bulk.CalendarImports.WeeklyHours;

import org.springframework.stereotype.Component;

/**
 * Realistic demo and load-test data: members (with complete profiles: body, activity,
 * goal and home time zone) and clinicians with Spanish and English names, specialties,
 * weekly hours in several time zones, and appointments in the past (completed, no-shows,
 * cancelled) and the future (booked, some cancelled), inserted with multi-row JDBC
 * statements through the modules' bulk imports. Every account shares one password, hashed
 * once. The same seed gives the same data.
 */
@Component
public class DemoData {

	/** How much to seed, and the prefix of every email address. */
	public record Plan(String prefix, int members, int clinicians, int appointments, String password, long seed) {
	}

	/** What was seeded. */
	public record Result(List<UUID> memberIds, List<UUID> clinicianIds, int appointments) {
	}

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

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

	private final AccountImports accounts;

	private final ProfileImports profiles;

	private final CalendarImports calendar;

	private final Clock clock;

	DemoData(AccountImports accounts, ProfileImports profiles, CalendarImports calendar, Clock clock) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.calendar = calendar;
		this.clock = clock;
	}

	public Result seed(Plan plan) {
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
		List<ImportedClinician> practices = createClinicians(clinicians, names, random);
		log.info("Seeded {} members and {} clinicians", members.size(), clinicians.size());
		int created = createAppointments(plan, practices, members, random, now);
		this.calendar.finishImport(clinicians);
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
		List<ImportedPatient> patients = new ArrayList<>();
		LocalDate today = this.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
		for (int i = 0; i < count; i++) {
			UUID id = new UUID(random.nextLong(), random.nextLong());
			String name = name(random, kind.equals("doctor"));
			names.add(name);
			String email = email(plan, kind, i);
			String locale = random.nextInt(4) == 0 ? "en" : "es";
			batch.add(new ImportedAccount(id, email, name, locale, roles));
			if (kind.equals("member")) {
				patients.add(new ImportedPatient(id, name, email));
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
		this.calendar.importPatients(patients);
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

	private List<ImportedClinician> createClinicians(List<UUID> ids, List<String> names, Random random) {
		List<ImportedClinician> clinicians = new ArrayList<>();
		List<WeeklyHours> weekly = new ArrayList<>();
		for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
			weekly.add(new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(14, 0)));
			weekly.add(new WeeklyHours(day, LocalTime.of(16, 0), LocalTime.of(19, 0)));
		}
		for (int i = 0; i < ids.size(); i++) {
			String zone = ZONES.get(random.nextInt(ZONES.size()));
			int slot = List.of(30, 30, 30, 20, 45, 60).get(random.nextInt(6));
			String first = SPECIALTIES.get(random.nextInt(SPECIALTIES.size()));
			String second = SPECIALTIES.get(random.nextInt(SPECIALTIES.size()));
			List<String> specialties = second.equals(first) ? List.of(first) : List.of(first, second);
			List<String> languages = random.nextBoolean() ? List.of("es", "en") : List.of("es");
			clinicians.add(new ImportedClinician(ids.get(i), names.get(i), "Consulta de " + zone, zone, slot,
					specialties, languages, weekly));
		}
		this.calendar.importClinicians(clinicians);
		return clinicians;
	}

	private int createAppointments(Plan plan, List<ImportedClinician> clinicians, List<UUID> members, Random random,
			Instant now) {
		if (clinicians.isEmpty() || members.isEmpty()) {
			return 0;
		}
		int created = 0;
		List<ImportedAppointment> appointments = new ArrayList<>();
		for (int d = 0; d < clinicians.size(); d++) {
			ImportedClinician clinician = clinicians.get(d);
			int quota = plan.appointments() / clinicians.size() + (d < plan.appointments() % clinicians.size() ? 1 : 0);
			double fill = 0.8;
			double perDay = 8 * 60.0 / clinician.slotMinutes() * 5 / 7 * fill;
			int days = (int) Math.ceil(quota / perDay) + 1;
			int futureDays = Math.min(60, (int) (days * 0.3));
			LocalDate today = now.atZone(ZoneId.of(clinician.timezone())).toLocalDate();
			LocalDate date = today.minusDays(days - futureDays);
			int made = 0;
			while (made < quota) {
				for (OpenSlot slot : this.calendar.slotsOn(clinician, date)) {
					if (made == quota || random.nextDouble() > fill) {
						continue;
					}
					UUID patient = members.get(random.nextInt(members.size()));
					boolean past = slot.start().isBefore(now);
					int roll = random.nextInt(100);
					Outcome outcome = past
							? (roll < 80 ? Outcome.COMPLETED : roll < 87 ? Outcome.NO_SHOW : Outcome.CANCELLED)
							: (roll < 90 ? Outcome.BOOKED : Outcome.CANCELLED);
					UUID id = new UUID(random.nextLong(), random.nextLong());
					// booked a few days ahead, and never later than now
					Instant daysAhead = slot.start().minus(Duration.ofDays(1 + random.nextInt(20)));
					Instant bookedAt = daysAhead.isAfter(now)
							? now.minus(Duration.ofMinutes(Math.floorMod(id.getLeastSignificantBits(), 60 * 24)))
							: daysAhead;
					String reason = random.nextInt(3) == 0 ? REASONS.get(random.nextInt(REASONS.size())) : null;
					appointments
						.add(new ImportedAppointment(id, clinician.id(), patient, slot, outcome, reason, bookedAt));
					made++;
				}
				date = date.plusDays(1);
			}
			created += made;
			if (appointments.size() >= 20_000 || d == clinicians.size() - 1) {
				this.calendar.importAppointments(appointments, now);
				appointments.clear();
				log.info("... {} appointments", created);
			}
		}
		return created;
	}

	static String email(Plan plan, String kind, int index) {
		return plan.prefix() + "-" + kind + index + "@demo.vitalia.app";
	}

}
