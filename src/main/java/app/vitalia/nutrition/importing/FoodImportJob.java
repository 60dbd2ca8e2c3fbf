package app.vitalia.nutrition.importing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import app.vitalia.nutrition.catalog.ImportSummary;

/**
 * An uploaded data set being imported in the background. The record and the uploaded file
 * outlive a restart: a queued or interrupted import runs again (imports are all or
 * nothing, so an interrupted one wrote nothing).
 */
@Entity
@Table(name = "nutrition_food_import")
class FoodImportJob {

	enum Status {

		QUEUED, RUNNING, SUCCEEDED, FAILED

	}

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ImportFormat format;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(name = "file_path", length = 500)
	private @Nullable String filePath;

	@Column(name = "rows_total", nullable = false)
	private long rowsTotal;

	@Column(name = "rows_done", nullable = false)
	private long rowsDone;

	private @Nullable Integer foods;

	@Column(name = "nutrient_values")
	private @Nullable Long nutrientValues;

	private @Nullable Integer portions;

	@Column(length = 2000)
	private @Nullable String error;

	@Column(name = "requested_by", nullable = false)
	private UUID requestedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "started_at")
	private @Nullable Instant startedAt;

	@Column(name = "finished_at")
	private @Nullable Instant finishedAt;

	protected FoodImportJob() {
	}

	FoodImportJob(UUID id, ImportFormat format, String filePath, UUID requestedBy, Instant now) {
		this.id = id;
		this.format = format;
		this.status = Status.QUEUED;
		this.filePath = filePath;
		this.requestedBy = requestedBy;
		this.createdAt = now;
	}

	void succeeded(ImportSummary summary, Instant now) {
		this.status = Status.SUCCEEDED;
		this.foods = summary.foods();
		this.nutrientValues = summary.nutrientValues();
		this.portions = summary.portions();
		this.rowsTotal = summary.foods();
		this.rowsDone = summary.foods();
		this.finishedAt = now;
	}

	void failed(String reason, Instant now) {
		this.status = Status.FAILED;
		this.error = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
		this.rowsDone = 0;
		this.finishedAt = now;
	}

	UUID getId() {
		return this.id;
	}

	ImportFormat getFormat() {
		return this.format;
	}

	Status getStatus() {
		return this.status;
	}

	@Nullable String getFilePath() {
		return this.filePath;
	}

	long getRowsTotal() {
		return this.rowsTotal;
	}

	long getRowsDone() {
		return this.rowsDone;
	}

	@Nullable Integer getFoods() {
		return this.foods;
	}

	@Nullable Long getNutrientValues() {
		return this.nutrientValues;
	}

	@Nullable Integer getPortions() {
		return this.portions;
	}

	@Nullable String getError() {
		return this.error;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	@Nullable Instant getStartedAt() {
		return this.startedAt;
	}

	@Nullable Instant getFinishedAt() {
		return this.finishedAt;
	}

}
