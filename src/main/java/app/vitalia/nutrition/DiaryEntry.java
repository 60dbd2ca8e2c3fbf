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
import app.vitalia.nutrition.catalog.Nutrients;
import app.vitalia.nutrition.catalog.Portion;
import app.vitalia.platform.AssignedIdEntity;

/**
 * A food a member ate, on one of their local days. The food's names (both languages) and
 * nutrients are copied at logging time: the diary shows what was logged even after the
 * catalog is re-imported or a custom food is edited or deleted, and day totals need no
 * joins. The portion the member chose ("2 × 1 large") is kept beside the grams.
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

	@Column(name = "food_name_es", length = 300)
	private @Nullable String foodNameEs;

	@Column(name = "food_name_en", length = 300)
	private @Nullable String foodNameEn;

	@Column(nullable = false)
	private double grams;

	@Column(name = "portion_label_en", length = 160)
	private @Nullable String portionLabelEn;

	@Column(name = "portion_label_es", length = 160)
	private @Nullable String portionLabelEs;

	@Column(name = "portion_grams")
	private @Nullable Double portionGrams;

	@Column(name = "portion_quantity")
	private @Nullable Double portionQuantity;

	@Embedded
	private @Nullable Intake intake;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private EntrySource source = EntrySource.MANUAL;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected DiaryEntry() {
	}

	private DiaryEntry(UUID accountId, LocalDate date, Meal meal, UUID foodId, String foodName, double grams,
			Intake intake, Instant now) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.date = date;
		this.meal = meal;
		this.foodId = foodId;
		this.foodName = cut(foodName);
		this.grams = grams;
		this.intake = intake;
		this.createdAt = now;
	}

	/**
	 * {@code quantity} of {@code portion} when the member chose one (then {@code grams}
	 * is their weight), else {@code grams} alone.
	 */
	static DiaryEntry of(UUID accountId, LocalDate date, Meal meal, Food food, double grams, @Nullable Portion portion,
			@Nullable Double quantity, Language language, Instant now) {
		DiaryEntry entry = new DiaryEntry(accountId, date, meal, food.getId(), food.name(language), grams,
				Intake.of(food.getNutrients().forGrams(grams)), now);
		entry.foodNameEs = food.getNameEs() == null ? null : cut(food.getNameEs());
		entry.foodNameEn = food.getNameEn() == null ? null : cut(food.getNameEn());
		if (portion != null) {
			entry.portionLabelEn = portion.labelEn();
			entry.portionLabelEs = portion.labelEs();
			entry.portionGrams = portion.grams();
			entry.portionQuantity = quantity == null ? 1 : quantity;
		}
		return entry;
	}

	DiaryEntry copyTo(LocalDate otherDate, Instant now) {
		DiaryEntry copy = new DiaryEntry(this.accountId, otherDate, this.meal, this.foodId, this.foodName, this.grams,
				intake(), now);
		copy.foodNameEs = this.foodNameEs;
		copy.foodNameEn = this.foodNameEn;
		copy.portionLabelEn = this.portionLabelEn;
		copy.portionLabelEs = this.portionLabelEs;
		copy.portionGrams = this.portionGrams;
		copy.portionQuantity = this.portionQuantity;
		return copy;
	}

	/**
	 * A new amount in grams scales the values logged before, keeping them as of logging
	 * time; the entry no longer counts in portions.
	 */
	void changeGrams(double newGrams) {
		this.intake = intake().times(newGrams / this.grams);
		this.grams = newGrams;
		this.portionLabelEn = null;
		this.portionLabelEs = null;
		this.portionGrams = null;
		this.portionQuantity = null;
	}

	/** A new number of the chosen portion; false when the entry was logged in grams. */
	boolean changeQuantity(double quantity) {
		if (this.portionGrams == null) {
			return false;
		}
		double newGrams = Nutrients.round(this.portionGrams * quantity);
		this.intake = intake().times(newGrams / this.grams);
		this.grams = newGrams;
		this.portionQuantity = quantity;
		return true;
	}

	/** The food's name in that language as it was when logged. */
	String foodName(Language language) {
		if (this.foodNameEs == null && this.foodNameEn == null) {
			return this.foodName;
		}
		return language.pick(this.foodNameEs, this.foodNameEn);
	}

	/** The portion the member chose, or null when they logged grams. */
	@Nullable Portion portion() {
		return this.portionGrams == null ? null
				: new Portion(this.portionLabelEn, this.portionLabelEs, this.portionGrams);
	}

	@Nullable Double portionQuantity() {
		return this.portionQuantity;
	}

	private static String cut(String name) {
		return name.length() > 300 ? name.substring(0, 300) : name;
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

	double getGrams() {
		return this.grams;
	}

	Intake intake() {
		return this.intake == null ? Intake.NOTHING : this.intake;
	}

	EntrySource getSource() {
		return this.source;
	}

	DiaryEntry from(EntrySource entrySource) {
		this.source = entrySource;
		return this;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
