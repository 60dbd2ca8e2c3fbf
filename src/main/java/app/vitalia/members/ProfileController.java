package app.vitalia.members;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import app.vitalia.identity.CurrentUser;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.TimeZones;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in member's profile, weight history and targets.
 */
@RestController
@RequestMapping("/api/me")
class ProfileController {

	static final int MIN_AGE = 14;

	static final int MAX_AGE = 120;

	record ProfileRequest(@NotNull @Past LocalDate birthDate, @NotNull Sex sex,
			@NotNull @DecimalMin("100") @DecimalMax("250") @Digits(integer = 3, fraction = 1) BigDecimal heightCm,
			@NotNull @DecimalMin("30") @DecimalMax("400") @Digits(integer = 3, fraction = 1) BigDecimal weightKg,
			@NotNull ActivityLevel activityLevel, @NotNull Goal goal, @NotBlank @Size(max = 64) String timezone,
			@Nullable @Pattern(regexp = "es|en") String locale) {
	}

	record ProfileResponse(@Nullable LocalDate birthDate, @Nullable Sex sex, @Nullable BigDecimal heightCm,
			@Nullable BigDecimal weightKg, @Nullable ActivityLevel activityLevel, @Nullable Goal goal,
			@Nullable String timezone, @Nullable String locale, boolean complete) {

		static ProfileResponse of(MemberProfile profile) {
			return new ProfileResponse(profile.getBirthDate(), profile.getSex(), profile.getHeightCm(),
					profile.getWeightKg(), profile.getActivityLevel(), profile.getGoal(), profile.getTimezone(),
					profile.getLocale(), profile.isComplete());
		}

		static ProfileResponse empty() {
			return new ProfileResponse(null, null, null, null, null, null, null, null, false);
		}

	}

	record WeightResponse(LocalDate recordedOn, BigDecimal weightKg) {
	}

	record CustomTargets(@NotNull @Min(800) @Max(10000) Integer calories, @NotNull @Min(0) @Max(600) Integer proteinG,
			@NotNull @Min(0) @Max(400) Integer fatG, @NotNull @Min(0) @Max(1500) Integer carbsG) {
	}

	private final MemberProfiles profiles;

	ProfileController(MemberProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/profile")
	ProfileResponse profile(CurrentUser user) {
		return this.profiles.find(user.id()).map(ProfileResponse::of).orElseGet(ProfileResponse::empty);
	}

	@PutMapping("/profile")
	ProfileResponse update(CurrentUser user, @Valid @RequestBody ProfileRequest request) {
		ZoneId zone = TimeZones.parse("timezone", request.timezone());
		int age = Period.between(request.birthDate(), LocalDate.now(zone)).getYears();
		if (age < MIN_AGE || age > MAX_AGE) {
			throw DomainException.invalid("birthDate", "AGE_OUT_OF_RANGE",
					"must give an age between " + MIN_AGE + " and " + MAX_AGE + " years");
		}
		MemberProfile.Facts facts = new MemberProfile.Facts(request.birthDate(), request.sex(), request.heightCm(),
				request.weightKg(), request.activityLevel(), request.goal(), zone.getId(), request.locale());
		return ProfileResponse.of(this.profiles.update(user.id(), facts));
	}

	@GetMapping("/weights")
	List<WeightResponse> weights(CurrentUser user) {
		return this.profiles.weightHistory(user.id(), 365)
			.stream()
			.map(entry -> new WeightResponse(entry.getRecordedOn(), entry.getWeightKg()))
			.toList();
	}

	@GetMapping("/targets")
	Targets targets(CurrentUser user) {
		return this.profiles.targetsOf(MemberId.of(user.id()))
			.orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT, "PROFILE_INCOMPLETE",
					"Complete your profile (or set your own targets) to get daily targets"));
	}

	@PutMapping("/targets")
	Targets setTargets(CurrentUser user, @Valid @RequestBody CustomTargets targets) {
		return this.profiles.setCustomTargets(user.id(), targets.calories(), targets.proteinG(), targets.fatG(),
				targets.carbsG());
	}

	@DeleteMapping("/targets")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetTargets(CurrentUser user) {
		this.profiles.clearCustomTargets(user.id());
	}

}
