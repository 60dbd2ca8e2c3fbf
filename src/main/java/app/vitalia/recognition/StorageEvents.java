package app.vitalia.recognition;

import app.vitalia.platform.ObjectStorage.ObjectStored;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The storage's object-created notifications start the photos' analyses. */
@Component
class StorageEvents {

	private final MealPhotos photos;

	StorageEvents(MealPhotos photos) {
		this.photos = photos;
	}

	@ApplicationModuleListener
	void on(ObjectStored stored) {
		if (stored.key().startsWith("meal-photos/")) {
			this.photos.objectStored(stored.key());
		}
	}

}
