package app.vitalia.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.nutrition.Meal;

/** One meal photo as stored. */
record MealPhoto(UUID id, UUID memberId, String objectKey, String contentType, long sizeBytes, @Nullable LocalDate date,
		@Nullable Meal meal, PhotoStatus status, @Nullable String error, @Nullable String recognizer,
		List<Candidate> candidates, int attempts, Instant createdAt, @Nullable Instant analysedAt,
		@Nullable Instant confirmedAt) {

	boolean confirmable() {
		return (this.status == PhotoStatus.READY || this.status == PhotoStatus.NO_FOOD) && this.confirmedAt == null;
	}

}
