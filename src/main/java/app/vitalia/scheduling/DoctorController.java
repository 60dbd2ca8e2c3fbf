package app.vitalia.scheduling;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import app.vitalia.identity.CurrentUser;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.OneLine;
import app.vitalia.platform.PageNumber;
import app.vitalia.platform.PageSize;
import app.vitalia.platform.TimeZones;
import app.vitalia.scheduling.calendar.PageOf;
import app.vitalia.scheduling.directory.Clinician;
import app.vitalia.scheduling.directory.Clinicians;
import app.vitalia.scheduling.directory.Doctor;
import app.vitalia.scheduling.directory.DoctorDirectory;
import app.vitalia.scheduling.slots.Schedule;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clinicians: the directory, profiles, availability, open slots and the waitlist.
 */
@Tag(name = "Clinicians", description = "The clinician directory, profiles, availability, slots and waitlist")
@RestController
@RequestMapping("/api/doctors")
class DoctorController {

	record NewDoctor(@NotBlank @Email(regexp = ".+@.+\\..+") @Size(max = 254) String email,
			@Nullable @Size(max = 1024) String password, @NotBlank @Size(max = 100) @OneLine String displayName,
			@NotNull @Size(max = 20) List<@NotBlank @Size(max = 60) @OneLine String> specialties,
			@NotBlank @Size(max = 64) String timezone, @NotNull @Min(5) @Max(480) Integer slotMinutes,
			@Nullable @Pattern(regexp = "es|en") String locale) {
	}

	record DoctorChanges(@Nullable @Size(min = 1, max = 100) @OneLine String displayName,
			@Nullable @Size(max = 20) List<@NotBlank @Size(max = 60) @OneLine String> specialties,
			@Nullable @Size(max = 20) List<@NotBlank @Size(max = 10) String> languages,
			@Nullable @Size(max = 2000) String bio,
			@Nullable @Size(max = 500) @Pattern(regexp = "https?://\\S+") String photoUrl,
			@Nullable @Min(5) @Max(480) Integer slotMinutes) {
	}

	/** The first slot that can be booked, null when none is left within the horizon. */
	record FirstOpenSlot(SlotFinder.@Nullable OpenSlot slot) {
	}

	record WeeklyHours(@NotNull DayOfWeek dayOfWeek, @NotNull LocalTime start, @NotNull LocalTime end) {
	}

	record DateException(@NotNull LocalDate date, @NotNull Schedule.ExceptionKind type, @Nullable LocalTime start,
			@Nullable LocalTime end) {
	}

	record AvailabilityRules(@NotBlank @Size(max = 64) String timezone, @NotNull @Min(5) @Max(480) Integer slotMinutes,
			@Nullable @Min(0) @Max(240) Integer bufferMinutes, @Nullable @Min(0) @Max(43200) Integer minNoticeMinutes,
			@Nullable @Min(1) @Max(365) Integer horizonDays,
			@NotNull @Size(max = 70) List<@Valid @NotNull WeeklyHours> weekly,
			@Nullable @Size(max = 400) List<@Valid @NotNull DateException> exceptions) {
	}

	record WaitlistRequest(@NotNull LocalDate date) {
	}

	private final Clinicians clinicians;

	private final DoctorDirectory directory;

	private final SlotFinder slots;

	private final Waitlist waitlist;

	DoctorController(Clinicians clinicians, DoctorDirectory directory, SlotFinder slots, Waitlist waitlist) {
		this.clinicians = clinicians;
		this.directory = directory;
		this.slots = slots;
		this.waitlist = waitlist;
	}

	@Operation(summary = "Create a clinician account (admins)")
	@PostMapping
	ResponseEntity<Doctor> create(CurrentUser user, @Valid @RequestBody NewDoctor request) {
		TimeZones.parse("timezone", request.timezone());
		Doctor doctor = this.clinicians
			.create(new Clinicians.NewClinician(request.email(), request.password(), request.displayName(),
					request.specialties(), request.timezone(), request.slotMinutes(), request.locale()));
		return ResponseEntity.created(URI.create("/api/doctors/" + doctor.id())).body(doctor);
	}

	@Operation(summary = "Search the clinician directory by name and specialty")
	@GetMapping
	PageOf<DoctorDirectory.Listed> list(@RequestParam(required = false) @Size(max = 60) String specialty,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize int size,
			@RequestParam(defaultValue = "name") @Pattern(regexp = "name(,asc|,desc)?") String sort) {
		return this.directory.search(specialty, q, page, size, sort.endsWith(",desc"));
	}

	@Operation(summary = "A clinician's public profile")
	@GetMapping("/{id}")
	Doctor one(@PathVariable UUID id) {
		Doctor doctor = this.clinicians.find(id);
		if (doctor == null) {
			throw DomainException.notFound("The clinician");
		}
		return doctor;
	}

	@Operation(summary = "Edit a clinician's profile (the clinician or an admin)")
	@PatchMapping("/{id}")
	Doctor change(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody DoctorChanges changes) {
		return this.clinicians.change(user, id, new Clinicians.ProfileChanges(changes.displayName(),
				changes.specialties(), changes.languages(), changes.bio(), changes.photoUrl(), changes.slotMinutes()));
	}

	@Operation(summary = "A clinician's weekly hours, exceptions and booking rules")
	@GetMapping("/{id}/availability")
	Clinicians.Availability availability(@PathVariable UUID id) {
		return this.clinicians.availability(id);
	}

	@Operation(summary = "Replace a clinician's weekly hours, exceptions and booking rules")
	@PutMapping("/{id}/availability")
	Clinicians.Availability replaceAvailability(CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody AvailabilityRules rules) {
		TimeZones.parse("timezone", rules.timezone());
		List<Schedule.Window> weekly = rules.weekly().stream().map(hours -> {
			requireOrdered("weekly", hours.start(), hours.end());
			return new Schedule.Window(hours.dayOfWeek(), hours.start(), hours.end());
		}).toList();
		requireApart(rules.weekly());
		List<Schedule.DateException> exceptions = (rules.exceptions() != null ? rules.exceptions()
				: List.<DateException>of())
			.stream()
			.map(exception -> {
				boolean timed = exception.start() != null || exception.end() != null;
				if (timed || exception.type() == Schedule.ExceptionKind.EXTRA) {
					requireOrdered("exceptions", exception.start(), exception.end());
				}
				return new Schedule.DateException(exception.date(), exception.type(), exception.start(),
						exception.end());
			})
			.toList();
		return this.clinicians.replaceAvailability(user, id,
				new Clinicians.Availability(rules.timezone(), rules.slotMinutes(),
						rules.bufferMinutes() != null ? rules.bufferMinutes() : 0,
						rules.minNoticeMinutes() != null ? rules.minNoticeMinutes()
								: Clinician.DEFAULT_MIN_NOTICE_MINUTES,
						rules.horizonDays() != null ? rules.horizonDays() : Clinician.DEFAULT_HORIZON_DAYS, weekly,
						exceptions));
	}

	@Operation(summary = "Free slots of a clinician or specialty between two dates")
	@GetMapping("/available-slots")
	List<SlotFinder.OpenSlot> openSlots(CurrentUser user, @RequestParam(required = false) UUID doctorId,
			@RequestParam(required = false) @Size(max = 60) String specialty,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.slots.open(doctorId, specialty, from, to, user.id());
	}

	@Operation(summary = "A clinician's first free slot up to their booking horizon")
	@GetMapping("/{id}/first-open-slot")
	FirstOpenSlot firstOpenSlot(CurrentUser user, @PathVariable UUID id) {
		return new FirstOpenSlot(this.slots.firstOpen(id, user.id()));
	}

	@Operation(summary = "Dates on which a clinician sees patients (where a waitlist makes sense)")
	@GetMapping("/{id}/working-days")
	List<LocalDate> workingDays(@PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.slots.workingDays(id, from, to);
	}

	@Operation(summary = "Join a clinician's waitlist for a day with no free slot")
	@PostMapping("/{id}/waitlist")
	@ResponseStatus(HttpStatus.CREATED)
	Waitlist.Entry joinWaitlist(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody WaitlistRequest request) {
		return this.waitlist.join(id, user.id(), request.date());
	}

	@Operation(summary = "Leave a clinician's waitlist for a day")
	@DeleteMapping("/{id}/waitlist/{date}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void leaveWaitlist(CurrentUser user, @PathVariable UUID id,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		this.waitlist.leave(id, user.id(), date);
	}

	/**
	 * Two ranges of one weekday may touch (09:00–13:00 and 13:00–17:00) but not overlap:
	 * overlapping ones would offer overlapping slots, of which only one can be booked.
	 */
	private static void requireApart(List<WeeklyHours> weekly) {
		for (int i = 0; i < weekly.size(); i++) {
			WeeklyHours range = weekly.get(i);
			for (int j = 0; j < i; j++) {
				WeeklyHours earlier = weekly.get(j);
				if (earlier.dayOfWeek() == range.dayOfWeek() && range.start().isBefore(earlier.end())
						&& earlier.start().isBefore(range.end())) {
					throw DomainException.invalid("weekly[" + i + "].start", "OVERLAPPING_HOURS",
							"overlaps another range of the same day");
				}
			}
		}
	}

	private static void requireOrdered(String field, @Nullable LocalTime start, @Nullable LocalTime end) {
		if (start == null || end == null || !start.isBefore(end)) {
			throw DomainException.invalid(field, "INVALID_TIME_RANGE", "start must come before end, both given");
		}
	}

}
