package app.vitalia.members;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "members_profile")
class MemberProfile {

	@Id
	@Column(name = "account_id")
	private UUID accountId;

	@Column(name = "birth_date")
	private @Nullable LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	private @Nullable Sex sex;

	@Column(name = "height_cm", precision = 5, scale = 1)
	private @Nullable BigDecimal heightCm;

	@Column(name = "weight_kg", precision = 5, scale = 1)
	private @Nullable BigDecimal weightKg;

	@Enumerated(EnumType.STRING)
	@Column(name = "activity_level")
	private @Nullable ActivityLevel activityLevel;

	@Enumerated(EnumType.STRING)
	private @Nullable Goal goal;

	private @Nullable String timezone;

	private String locale;

	@Column(name = "custom_calories")
	private @Nullable Integer customCalories;

	@Column(name = "custom_protein_g")
	private @Nullable Integer customProteinG;

	@Column(name = "custom_fat_g")
	private @Nullable Integer customFatG;

	@Column(name = "custom_carbs_g")
	private @Nullable Integer customCarbsG;

	@Column(name = "completed_at")
	private @Nullable Instant completedAt;

	@Version
	private long version;

	protected MemberProfile() {
	}

	MemberProfile(UUID accountId) {
		this.accountId = accountId;
	}

	record Facts(LocalDate birthDate, Sex sex, BigDecimal heightCm, BigDecimal weightKg, ActivityLevel activityLevel,
			Goal goal, String timezone, String locale) {
	}

	/**
	 * Replaces the profile facts. Returns true when this made the profile complete for
	 * the first time.
	 */
	boolean update(Facts facts, Instant now) {
		this.birthDate = facts.birthDate();
		this.sex = facts.sex();
		this.heightCm = facts.heightCm();
		this.weightKg = facts.weightKg();
		this.activityLevel = facts.activityLevel();
		this.goal = facts.goal();
		this.timezone = facts.timezone();
		if (facts.locale() != null) {
			this.locale = facts.locale();
		}
		if (this.completedAt == null && isComplete()) {
			this.completedAt = now;
			return true;
		}
		return false;
	}

	boolean isComplete() {
		return this.birthDate != null && this.sex != null && this.heightCm != null && this.weightKg != null
				&& this.activityLevel != null && this.goal != null && this.timezone != null;
	}

	void setCustomTargets(int calories, int proteinG, int fatG, int carbsG) {
		this.customCalories = calories;
		this.customProteinG = proteinG;
		this.customFatG = fatG;
		this.customCarbsG = carbsG;
	}

	void clearCustomTargets() {
		this.customCalories = null;
		this.customProteinG = null;
		this.customFatG = null;
		this.customCarbsG = null;
	}

	ZoneId zone() {
		return this.timezone != null ? ZoneId.of(this.timezone) : ZoneId.of("UTC");
	}

	/**
	 * Targets as they stand on {@code today}: the member's own numbers if set, else
	 * computed; empty when neither is possible.
	 */
	Optional<Targets> targets(LocalDate today) {
		Targets computed = null;
		if (isComplete()) {
			int age = Period.between(this.birthDate, today).getYears();
			computed = TargetCalculator.calculate(new TargetCalculator.Body(this.sex, age, this.heightCm.doubleValue(),
					this.weightKg.doubleValue(), this.activityLevel, this.goal));
		}
		if (this.customCalories != null) {
			return Optional
				.of(new Targets(computed != null ? computed.bmr() : null, computed != null ? computed.tdee() : null,
						this.customCalories, this.customProteinG, this.customFatG, this.customCarbsG, true));
		}
		return Optional.ofNullable(computed);
	}

	UUID getAccountId() {
		return this.accountId;
	}

	@Nullable LocalDate getBirthDate() {
		return this.birthDate;
	}

	@Nullable Sex getSex() {
		return this.sex;
	}

	@Nullable BigDecimal getHeightCm() {
		return this.heightCm;
	}

	@Nullable BigDecimal getWeightKg() {
		return this.weightKg;
	}

	@Nullable ActivityLevel getActivityLevel() {
		return this.activityLevel;
	}

	@Nullable Goal getGoal() {
		return this.goal;
	}

	@Nullable String getTimezone() {
		return this.timezone;
	}

	String getLocale() {
		return this.locale;
	}

}
