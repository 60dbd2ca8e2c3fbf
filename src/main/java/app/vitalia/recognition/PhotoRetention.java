package app.vitalia.recognition;

import java.time.Clock;
import java.time.Instant;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.platform.ObjectStorage;

import org.springframework.stereotype.Component;

/**
 * Deletes photos (the object and its row) older than the retention period
 * ({@code VITALIA_PHOTO_RETENTION}, 30 days by default). Diary entries confirmed from a
 * photo stay: they are the member's data, the photo is not.
 */
@Component
public class PhotoRetention {

	private static final Logger log = LoggerFactory.getLogger(PhotoRetention.class);

	static final int BATCH = 500;

	private final PhotoStore store;

	private final ObjectStorage storage;

	private final RecognitionProperties properties;

	private final Clock clock;

	PhotoRetention(PhotoStore store, ObjectStorage storage, RecognitionProperties properties, Clock clock) {
		this.store = store;
		this.storage = storage;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return how many photos were deleted
	 */
	@Recurring(id = "recognition-photo-retention", cron = "${vitalia.recognition.retention-cron:17 3 * * *}")
	@Job(name = "Delete meal photos past their retention")
	public int deleteExpired() {
		Instant cutoff = this.clock.instant().minus(this.properties.retention());
		int deleted = 0;
		for (MealPhoto photo : this.store.createdBefore(cutoff, BATCH)) {
			this.storage.delete(photo.objectKey());
			this.store.delete(photo.id());
			deleted++;
		}
		if (deleted > 0) {
			log.info("Deleted {} meal photos older than {}", deleted, this.properties.retention());
		}
		return deleted;
	}

}
