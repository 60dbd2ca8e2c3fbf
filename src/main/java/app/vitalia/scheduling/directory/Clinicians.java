package app.vitalia.scheduling.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.identity.Accounts;
import app.vitalia.identity.CurrentUser;
import app.vitalia.identity.Role;
import app.vitalia.platform.DomainException;
import app.vitalia.scheduling.slots.AvailabilityStore;
import app.vitalia.scheduling.slots.Schedule;
import app.vitalia.scheduling.slots.SchedulingCaches;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating clinicians, editing their profile and booking rules, and reading both
 * (cached).
 */
@Service
public class Clinicians {

	public record NewClinician(String email, @Nullable String password, String displayName, List<String> specialties,
			String timezone, int slotMinutes, @Nullable String locale) {
	}

	public record ProfileChanges(@Nullable String displayName, @Nullable List<String> specialties,
			@Nullable List<String> languages, @Nullable String bio, @Nullable String photoUrl,
			@Nullable Integer slotMinutes) {
	}

	public record Availability(String timezone, int slotMinutes, int bufferMinutes, int minNoticeMinutes,
			int horizonDays, List<Schedule.Window> weekly, List<Schedule.DateException> exceptions) {
	}

	private final ClinicianRepository clinicians;

	private final AvailabilityStore availability;

	private final Accounts accounts;

	private final SchedulingCaches caches;

	private final Clock clock;

	public Clinicians(ClinicianRepository clinicians, AvailabilityStore availability, Accounts accounts,
			SchedulingCaches caches, Clock clock) {
		this.clinicians = clinicians;
		this.availability = availability;
		this.accounts = accounts;
		this.caches = caches;
		this.clock = clock;
	}

	@Transactional
	public Doctor create(NewClinician request) {
		String locale = request.locale() != null ? request.locale() : "es";
		List<String> specialties = Specialty.codesOf(request.specialties());
		UUID id = this.accounts.createClinician(request.email(), request.password(), request.displayName(), locale)
			.id();
		Clinician clinician = new Clinician(id, request.displayName(), specialties, request.timezone(),
				request.slotMinutes(), this.clock.instant());
		this.clinicians.save(clinician);
		this.caches.clinicianChanged(id);
		return Doctor.of(clinician);
	}

	@Transactional
	public Doctor change(CurrentUser user, UUID id, ProfileChanges changes) {
		Clinician clinician = editable(user, id);
		if (changes.displayName() != null) {
			clinician.rename(changes.displayName());
		}
		if (changes.specialties() != null) {
			clinician.specializeIn(Specialty.codesOf(changes.specialties()));
		}
		if (changes.languages() != null) {
			clinician.speak(changes.languages());
		}
		if (changes.bio() != null || changes.photoUrl() != null) {
			clinician.describe(changes.bio() != null ? changes.bio() : clinician.getBio(),
					changes.photoUrl() != null ? changes.photoUrl() : clinician.getPhotoUrl());
		}
		if (changes.slotMinutes() != null) {
			clinician.consultationLength(changes.slotMinutes());
		}
		this.caches.clinicianChanged(id);
		return Doctor.of(clinician);
	}

	@Transactional
	public Availability replaceAvailability(CurrentUser user, UUID id, Availability rules) {
		Clinician clinician = editable(user, id);
		clinician.bookingRules(rules.timezone(), rules.slotMinutes(), rules.bufferMinutes(), rules.minNoticeMinutes(),
				rules.horizonDays());
		this.availability.replace(id, rules.weekly(), rules.exceptions());
		this.caches.clinicianChanged(id);
		return rules;
	}

	@Transactional(readOnly = true)
	public Availability availability(UUID id) {
		Schedule schedule = loadSchedule(id).orElseThrow(() -> DomainException.notFound("The clinician"));
		return new Availability(schedule.timezone(), schedule.slotMinutes(), schedule.bufferMinutes(),
				schedule.minNoticeMinutes(), schedule.horizonDays(), schedule.weekly(), schedule.exceptions());
	}

	@Cacheable(cacheNames = SchedulingCaches.DOCTORS, unless = "#result == null")
	@Transactional(readOnly = true)
	public @Nullable Doctor find(UUID id) {
		return this.clinicians.findById(id).map(Doctor::of).orElse(null);
	}

	/**
	 * The clinician's booking rules, with the date exceptions from yesterday on (cached).
	 */
	@Cacheable(cacheNames = SchedulingCaches.SCHEDULES, unless = "#result == null")
	@Transactional(readOnly = true)
	public @Nullable Schedule schedule(UUID id) {
		return loadSchedule(id).orElse(null);
	}

	private Optional<Schedule> loadSchedule(UUID id) {
		LocalDate yesterday = LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).minusDays(1);
		return this.clinicians.findById(id)
			.map(clinician -> new Schedule(id, clinician.getTimezone(), clinician.getSlotMinutes(),
					clinician.getBufferMinutes(), clinician.getMinNoticeMinutes(), clinician.getHorizonDays(),
					this.availability.weekly(id), this.availability.exceptionsFrom(id, yesterday)));
	}

	private Clinician editable(CurrentUser user, UUID id) {
		if (!user.has(Role.ADMIN) && !user.id().equals(id)) {
			if (this.clinicians.existsById(id)) {
				throw new DomainException(DomainException.Kind.FORBIDDEN, "FORBIDDEN",
						"Only the clinician or an admin can change this profile");
			}
			throw DomainException.notFound("The clinician");
		}
		return this.clinicians.findById(id).orElseThrow(() -> DomainException.notFound("The clinician"));
	}

}
