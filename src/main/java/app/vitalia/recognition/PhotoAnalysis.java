package app.vitalia.recognition;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.identity.AccountId;
import app.vitalia.identity.AccountSummary;
import app.vitalia.identity.Accounts;
import app.vitalia.members.MemberId;
import app.vitalia.platform.ObjectStorage;
import app.vitalia.platform.OutboundCallFailed;
import app.vitalia.recognition.images.PhotoImages;
import app.vitalia.recognition.recognizer.Label;
import app.vitalia.recognition.recognizer.Recognizer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The analysis of one uploaded photo, a JobRunr job: the bytes must be an image within
 * the limits ({@code FAILED INVALID_IMAGE} otherwise), the kept copy is re-encoded
 * without metadata, a downscaled copy goes to the recogniser, and its labels become
 * candidates ({@code READY}, or {@code NO_FOOD}). A recogniser that cannot answer fails
 * the attempt, so JobRunr retries it with backoff; after the last attempt the photo is
 * {@code FAILED RECOGNIZER_UNAVAILABLE}, a dead letter an admin can retry.
 */
@Component
public class PhotoAnalysis {

	private static final Logger log = LoggerFactory.getLogger(PhotoAnalysis.class);

	private final PhotoStore store;

	private final ObjectStorage storage;

	private final Recognizer recognizer;

	private final LabelFoods labels;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final RecognitionProperties properties;

	private final Clock clock;

	/**
	 * Decoding, turning and re-encoding are pure CPU: at most half the cores do it at
	 * once, so a burst of uploads leaves the web tier its share (the recogniser calls,
	 * which mostly wait, are not limited).
	 */
	private final Semaphore imageWork = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

	PhotoAnalysis(PhotoStore store, ObjectStorage storage, Recognizer recognizer, LabelFoods labels, Accounts accounts,
			ApplicationEventPublisher events, TransactionTemplate transactions, RecognitionProperties properties,
			Clock clock) {
		this.store = store;
		this.storage = storage;
		this.recognizer = recognizer;
		this.labels = labels;
		this.accounts = accounts;
		this.events = events;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	private PhotoImages.Cleaned clean(byte[] bytes) {
		this.imageWork.acquireUninterruptibly();
		try {
			return PhotoImages.clean(bytes);
		}
		finally {
			this.imageWork.release();
		}
	}

	/**
	 * JobRunr's retries are a ceiling; {@code vitalia.recognition.max-attempts} decides.
	 */
	@Job(name = "Analyse meal photo %0", retries = 9)
	public void analyse(UUID photoId) {
		int attempt = this.store.startAttempt(photoId);
		if (attempt == 0) {
			return;
		}
		MealPhoto photo = this.store.find(photoId).orElseThrow();
		byte[] bytes = this.storage.read(photo.objectKey()).orElse(null);
		if (bytes == null) {
			log.warn("Meal photo {} has no object under {}", photoId, photo.objectKey());
			finish(photo, PhotoStatus.FAILED, MealPhotos.UPLOAD_MISSING, List.of());
			return;
		}
		PhotoImages.Cleaned cleaned;
		try {
			cleaned = clean(bytes);
		}
		catch (PhotoImages.InvalidImage invalid) {
			log.info("Meal photo {} is not a usable image: {}", photoId, invalid.getMessage());
			this.storage.delete(photo.objectKey());
			finish(photo, PhotoStatus.FAILED, MealPhotos.INVALID_IMAGE, List.of());
			return;
		}
		// what is kept has no metadata (no EXIF position) from here on
		this.storage.write(photo.objectKey(), cleaned.kept(), "image/jpeg");
		List<Label> found;
		try {
			found = this.recognizer.labels(cleaned.forRecognizer());
		}
		catch (Recognizer.ImageRefused refused) {
			log.info("The recogniser refused meal photo {}: {}", photoId, refused.getMessage());
			finish(photo, PhotoStatus.FAILED, MealPhotos.INVALID_IMAGE, List.of());
			return;
		}
		catch (OutboundCallFailed unavailable) {
			if (attempt < this.properties.maxAttempts()) {
				throw unavailable;
			}
			log.warn("Meal photo {} failed after {} attempts: {}", photoId, attempt, unavailable.getMessage());
			finish(photo, PhotoStatus.FAILED, MealPhotos.RECOGNIZER_UNAVAILABLE, List.of());
			return;
		}
		List<Candidate> candidates = this.labels.candidates(found, photo.memberId(), locale(photo.memberId()));
		PhotoStatus status = (this.recognizer.active() && candidates.isEmpty()) ? PhotoStatus.NO_FOOD
				: PhotoStatus.READY;
		finish(photo, status, null, candidates);
	}

	private void finish(MealPhoto photo, PhotoStatus status, @org.jspecify.annotations.Nullable String error,
			List<Candidate> candidates) {
		this.transactions.executeWithoutResult(tx -> {
			if (this.store.finish(photo.id(), status, error, this.recognizer.name(), candidates,
					this.clock.instant())) {
				this.events.publishEvent(
						new MealPhotoAnalysed(MemberId.of(photo.memberId()), photo.id(), status, candidates.size()));
			}
		});
	}

	private Locale locale(UUID memberId) {
		return this.accounts.find(AccountId.of(memberId))
			.map(AccountSummary::locale)
			.map(Locale::forLanguageTag)
			.orElse(Locale.forLanguageTag("es"));
	}

}
