package app.vitalia.recognition;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Meal photos (admin)", description = "Analyses that failed after their last retry")
class AdminPhotoController {

	record DeadLetters(List<MealPhotos.DeadLetter> content, long totalElements) {
	}

	private final MealPhotos photos;

	AdminPhotoController(MealPhotos photos) {
		this.photos = photos;
	}

	@Operation(summary = "Meal photo analyses that failed after their last retry, newest first")
	@GetMapping("/api/admin/meal-photos/dead-letters")
	DeadLetters deadLetters(@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		return new DeadLetters(this.photos.deadLetters(limit), this.photos.countDeadLetters());
	}

	@Operation(summary = "Analyse a failed meal photo again")
	@PostMapping("/api/admin/meal-photos/{id}/retry")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void retry(@PathVariable UUID id) {
		this.photos.retry(id);
	}

}
