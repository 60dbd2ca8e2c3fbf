package app.vitalia.recognition;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import app.vitalia.identity.CurrentUser;
import app.vitalia.nutrition.Meal;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Meal photos", description = "Photograph a meal, see what it shows, confirm it into the diary")
class MealPhotoController {

	record NewPhoto(@NotBlank @Size(max = 100) String contentType, @NotNull @Positive Long sizeBytes,
			@Nullable LocalDate date, @Nullable Meal meal) {
	}

	record Confirmation(@NotNull LocalDate date, @NotNull Meal meal,
			@NotNull @Size(min = 1, max = MealPhotos.MAX_ITEMS) List<@Valid @NotNull ConfirmedItem> items) {
	}

	record ConfirmedItem(@NotNull UUID foodId, @Nullable @Positive Double grams,
			@Nullable @Size(max = 160) String portion, @Nullable @Positive Double count,
			@Nullable @Size(max = 120) String label) {
	}

	record Confirmed(List<UUID> entryIds) {
	}

	private final MealPhotos photos;

	MealPhotoController(MealPhotos photos) {
		this.photos = photos;
	}

	@Operation(summary = "Get an upload URL for a new meal photo (JPEG, PNG or WebP, up to 10 MB)")
	@PostMapping("/api/meal-photos")
	@ResponseStatus(HttpStatus.CREATED)
	MealPhotos.Issued create(CurrentUser user, @Valid @RequestBody NewPhoto photo) {
		MealPhotos.Issued issued = this.photos.issue(user.id(), photo.contentType(), photo.sizeBytes(), photo.date(),
				photo.meal());
		if (issued.uploadUrl().startsWith("/")) {
			String absolute = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
					+ issued.uploadUrl();
			return new MealPhotos.Issued(issued.photoId(), absolute, issued.method(), issued.headers(),
					issued.expiresAt());
		}
		return issued;
	}

	@Operation(summary = "Say the photo's upload finished (when the storage did not say so already)")
	@PostMapping("/api/meal-photos/{id}/uploaded")
	MealPhotos.PhotoView uploaded(CurrentUser user, @PathVariable UUID id) {
		return this.photos.uploaded(user.id(), id);
	}

	@Operation(summary = "A meal photo's analysis: status, candidate foods, error")
	@GetMapping("/api/meal-photos/{id}")
	MealPhotos.PhotoView photo(CurrentUser user, @PathVariable UUID id) {
		return this.photos.view(user.id(), id);
	}

	@Operation(summary = "The analysed photo as it is kept (JPEG, without metadata), for its owner")
	@GetMapping("/api/meal-photos/{id}/image")
	ResponseEntity<byte[]> image(CurrentUser user, @PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.body(this.photos.image(user.id(), id));
	}

	@Operation(summary = "Write the chosen foods to the diary, all or none")
	@PostMapping("/api/meal-photos/{id}/confirm")
	@ResponseStatus(HttpStatus.CREATED)
	Confirmed confirm(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Confirmation confirmation,
			Locale locale) {
		List<MealPhotos.Item> items = confirmation.items()
			.stream()
			.map(item -> new MealPhotos.Item(item.foodId(), item.grams(), item.portion(), item.count(), item.label()))
			.toList();
		return new Confirmed(
				this.photos.confirm(user.id(), id, confirmation.date(), confirmation.meal(), items, locale));
	}

}
