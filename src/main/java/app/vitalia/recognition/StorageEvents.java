package app.vitalia.recognition;

import app.vitalia.platform.ObjectStorage.ObjectStored;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** The storage's object-created notifications start the photos' analyses. */
@Component
class StorageEvents {

	private final MealPhotos photos;

	StorageEvents(MealPhotos photos) {
		this.photos = photos;
	}

	// no transaction around it (each statement commits on its own), so the analysis is
	// queued after the connection went back to the pool, as for the client's own call
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ObjectStored stored) {
		if (stored.key().startsWith("meal-photos/")) {
			this.photos.objectStored(stored.key());
		}
	}

}
