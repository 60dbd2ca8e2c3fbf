package app.vitalia.nutrition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import app.vitalia.nutrition.catalog.Language;
import app.vitalia.platform.AssignedIdEntity;

/**
 * A food a member ate, on one of their local days. The food's name and nutrients are
 * copied at logging time: the diary shows what was logged even after the catalog is
 * re-imported or a custom food is edited or deleted, and day totals need no joins.
 */
@Entity
@Table(name = "nutrition_diary_entry")
class DiaryEntry extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Column(name = "entry_date", nullable = false)
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Meal meal;

	@Column(name = "food_id", nullable = false)
	private UUID foodId;

	@Column(name = "food_name", nullable = false, length = 300)
	private String foodName;

	@Column(nullable = false)
	private double grams;

	@Embedded
	private @Nullable Intake intake;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected DiaryEntry() {
	}

	DiaryEntry(UUID accountId, LocalDate date, Meal meal, UUID foodId, String foodName, double grams, Intake intake,
			Instant now) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.date = date;
		this.meal = meal;
		this.foodId = foodId;
		this.foodName = foodName.length() > 300 ? foodName.substring(0, 300) : foodName;
		this.grams = grams;
		this.intake = intake;
		this.createdAt = now;
	}

	static DiaryEntry of(UUID accountId, LocalDate date, Meal meal, Food food, double grams, Language language,
			Instant now) {
		return new DiaryEntry(accountId, date, meal, food.getId(), food.name(language), grams,
				Intake.of(food.getNutrients().forGrams(grams)), now);
	}

	DiaryEntry copyTo(LocalDate otherDate, Instant now) {
		return new DiaryEntry(this.accountId, otherDate, this.meal, this.foodId, this.foodName, this.grams, intake(),
				now);
	}

	/** A new amount scales the values logged before, keeping them as of logging time. */
	void changeGrams(double newGrams) {
		this.intake = intake().times(newGrams / this.grams);
		this.grams = newGrams;
	}

	void moveTo(LocalDate newDate, Meal newMeal) {
		this.date = newDate;
		this.meal = newMeal;
	}

	boolean belongsTo(UUID account) {
		return this.accountId.equals(account);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID getAccountId() {
		return this.accountId;
	}

	LocalDate getDate() {
		return this.date;
	}

	Meal getMeal() {
		return this.meal;
	}

	UUID getFoodId() {
		return this.foodId;
	}

	String getFoodName() {
		return this.foodName;
	}

	double getGrams() {
		return this.grams;
	}

	Intake intake() {
		return this.intake == null ? Intake.NOTHING : this.intake;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
