package app.vitalia.recognition;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.billing.Entitlements;
import app.vitalia.members.MemberId;
import app.vitalia.nutrition.EntrySource;
import app.vitalia.nutrition.Meal;
import app.vitalia.nutrition.NutritionDiary;
import app.vitalia.platform.AfterCommit;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.ObjectStorage.UploadTicket;
import app.vitalia.platform.ObjectStorage;
import app.vitalia.recognition.recognizer.Recognizer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' meal photos: an upload URL per photo, the analysis started once the upload
 * lands (the storage's notification or the client's own call, whichever comes first), the
 * result, and the confirmation that writes the chosen foods to the diary.
 */
@Service
public class MealPhotos {

	/** The plan feature meal photos need. */
	public static final String FEATURE = "PHOTO_ANALYSIS";

	static final String INVALID_IMAGE = "INVALID_IMAGE";

	static final String RECOGNIZER_UNAVAILABLE = "RECOGNIZER_UNAVAILABLE";

	static final String UPLOAD_MISSING = "UPLOAD_MISSING";

	static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");

	static final int MAX_ITEMS = 20;

	/**
	 * How long an uploaded photo may wait for its first analysis attempt to be queued.
	 */
	static final Duration STALLED_AFTER = Duration.ofMinutes(2);

	private static final Logger log = LoggerFactory.getLogger(MealPhotos.class);

	private final PhotoStore store;

	private final ObjectStorage storage;

	private final PhotoAnalysis analysis;

	private final JobScheduler jobs;

	private final LabelFoods labels;

	private final NutritionDiary nutrition;

	private final Entitlements entitlements;

	private final Recognizer recognizer;

	private final RecognitionProperties properties;

	private final Clock clock;

	MealPhotos(PhotoStore store, ObjectStorage storage, PhotoAnalysis analysis, JobScheduler jobs, LabelFoods labels,
			NutritionDiary nutrition, Entitlements entitlements, Recognizer recognizer,
			RecognitionProperties properties, Clock clock) {
		this.store = store;
		this.storage = storage;
		this.analysis = analysis;
		this.jobs = jobs;
		this.labels = labels;
		this.nutrition = nutrition;
		this.entitlements = entitlements;
		this.recognizer = recognizer;
		this.properties = properties;
		this.clock = clock;
	}

	/** Where and how to upload a new photo. */
	public record Issued(UUID photoId, String uploadUrl, String method, Map<String, String> headers,
			Instant expiresAt) {
	}

	/**
	 * A photo's state for its member. {@code recognizer} is {@code none} when members
	 * pick the foods.
	 */
	public record PhotoView(UUID id, PhotoStatus status, List<Candidate> candidates, @Nullable String error,
			String recognizer, @Nullable LocalDate date, @Nullable Meal meal, Instant createdAt) {
	}

	/**
	 * A food to write: grams, or a count of a portion; {@code label} is the candidate it
	 * stands for.
	 */
	public record Item(UUID foodId, @Nullable Double grams, @Nullable String portion, @Nullable Double count,
			@Nullable String label) {
	}

	/** A failed analysis an admin may retry. */
	public record DeadLetter(UUID id, UUID memberId, @Nullable String error, int attempts, Instant createdAt) {
	}

	/**
	 * @throws DomainException 403 {@code PLAN_REQUIRED}, 415 for a type other than JPEG,
	 * PNG or WebP, 413 past the size limit
	 */
	// no transaction: one inserted row (auto-committed) before the URL is signed; the
	// plan
	// check is cached, and a transaction would cost a commit round trip and a JPA session
	public Issued issue(UUID memberId, String contentType, long sizeBytes, @Nullable LocalDate date,
			@Nullable Meal meal) {
		this.entitlements.require(MemberId.of(memberId), FEATURE);
		String type = contentType.trim().toLowerCase(Locale.ROOT);
		if (!TYPES.contains(type)) {
			throw new DomainException(DomainException.Kind.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_IMAGE_TYPE",
					"Photos must be JPEG, PNG or WebP");
		}
		long max = this.properties.maxUpload().toBytes();
		if (sizeBytes > max) {
			throw new DomainException(DomainException.Kind.PAYLOAD_TOO_LARGE, "PHOTO_TOO_LARGE",
					"Photos may be at most " + max / (1024 * 1024) + " MB");
		}
		if (sizeBytes <= 0) {
			throw DomainException.invalid("sizeBytes", "SIZE_REQUIRED", "Give the photo's size in bytes");
		}
		UUID id = UUID.randomUUID();
		String key = "meal-photos/" + memberId + "/" + id;
		this.store.insert(id, memberId, key, type, sizeBytes, date, meal, this.clock.instant());
		UploadTicket ticket = this.storage.uploadTicket(key, type, sizeBytes, this.properties.uploadUrlValidFor());
		return new Issued(id, ticket.url(), ticket.method(), ticket.headers(), ticket.expiresAt());
	}

	/**
	 * The client says its upload finished (the fallback to the storage's notification).
	 * @throws DomainException 404 for another member's photo, 409 {@code UPLOAD_MISSING}
	 * when the storage has no object yet
	 */
	// no transaction (each statement commits on its own, the status change is one
	// conditional update): the analysis job is queued holding no connection, see start
	public PhotoView uploaded(UUID memberId, UUID photoId) {
		MealPhoto photo = own(memberId, photoId);
		if (photo.status() == PhotoStatus.PENDING_UPLOAD && !this.storage.exists(photo.objectKey())) {
			throw new DomainException(DomainException.Kind.CONFLICT, UPLOAD_MISSING, "The photo has not arrived yet");
		}
		start(photoId);
		return view(own(memberId, photoId));
	}

	/**
	 * The storage says an object arrived: starts its photo's analysis once. Without a
	 * transaction, as {@link #uploaded}.
	 */
	public void objectStored(String key) {
		this.store.findByKey(key).ifPresent(photo -> start(photo.id()));
	}

	/**
	 * Marks the photo uploaded and queues its analysis, holding no connection: queueing
	 * takes a connection of its own from the same pool, and after a commit Spring still
	 * holds the transaction's connection, so a burst of uploads each holding one while
	 * waiting for another emptied the pool (requests answered 503, analyses left to the
	 * stalled-photo sweep). Every caller runs without a transaction: the client's call
	 * queues at once, the storage listener's scope once its connection went back.
	 */
	private void start(UUID photoId) {
		if (this.store.markUploaded(photoId, this.clock.instant())) {
			AfterCommit.run(() -> queueAnalysis(photoId, null));
		}
	}

	/**
	 * Queues the analysis of photos left {@code ANALYSING} with no attempt started for
	 * {@link #STALLED_AFTER}: their queueing failed after the status committed (a full
	 * connection pool, a restart in between). The job id is the one the first queueing
	 * used, and JobRunr ignores a job whose id it already holds, so a photo whose job is
	 * only waiting in a long queue is not analysed twice.
	 * @return how many photos were queued again
	 */
	@Recurring(id = "recognition-requeue-stalled", cron = "* * * * *")
	@Job(name = "Queue meal photo analyses whose queueing failed")
	public int requeueStalled() {
		int queued = 0;
		for (MealPhoto photo : this.store.stalled(this.clock.instant().minus(STALLED_AFTER), PhotoRetention.BATCH)) {
			queueAnalysis(photo.id(), photo.analysedAt());
			queued++;
		}
		if (queued > 0) {
			// a failed queueing was logged when it failed; a job still waiting keeps its
			// id
			log.info("Asked again for the analysis of {} meal photos waiting over {} without an attempt", queued,
					STALLED_AFTER);
		}
		return queued;
	}

	/**
	 * One analysis round of a photo as a job whose id follows from the photo and the end
	 * of its previous round ({@code null} for the first), so queueing a round twice makes
	 * one job.
	 */
	static UUID analysisJobId(UUID photoId, @Nullable Instant previousRoundEnded) {
		String round = photoId + ":" + (previousRoundEnded == null ? 0 : previousRoundEnded.toEpochMilli());
		return UUID.nameUUIDFromBytes(("meal-photo-analysis:" + round).getBytes(StandardCharsets.UTF_8));
	}

	private void queueAnalysis(UUID photoId, @Nullable Instant previousRoundEnded) {
		try {
			this.jobs.enqueue(analysisJobId(photoId, previousRoundEnded), () -> this.analysis.analyse(photoId));
		}
		catch (RuntimeException ex) {
			// the status is committed: the stalled-photo sweep queues it again
			log.warn("Could not queue the analysis of meal photo {} now: {}", photoId, ex.getMessage());
		}
	}

	@Transactional(readOnly = true)
	public PhotoView view(UUID memberId, UUID photoId) {
		return view(own(memberId, photoId));
	}

	/**
	 * The photo as it is kept, for its owner to see again: only once analysed, when what
	 * is kept is the re-encoded image without its metadata (no EXIF position).
	 * @throws DomainException 404 for someone else's photo or one no longer kept, 409
	 * while it is not analysed
	 */
	// no transaction: one lookup, then the storage read holds no pooled connection
	public byte[] image(UUID memberId, UUID photoId) {
		MealPhoto photo = own(memberId, photoId);
		if (photo.status() != PhotoStatus.READY && photo.status() != PhotoStatus.NO_FOOD) {
			throw new DomainException(DomainException.Kind.CONFLICT, "PHOTO_NOT_ANALYSED",
					"The photo is " + photo.status() + "; it can be seen once analysed");
		}
		return this.storage.read(photo.objectKey())
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "PHOTO_NOT_FOUND",
					"The photo's image is no longer kept"));
	}

	/**
	 * Writes every item to the diary (source {@code PHOTO}) or none; replacements of a
	 * candidate's food teach the label mapping.
	 * @throws DomainException 409 when the photo is not analysed or was confirmed before,
	 * 400/404 for the first item nutrition refuses
	 */
	@Transactional
	public List<UUID> confirm(UUID memberId, UUID photoId, LocalDate date, Meal meal, List<Item> items, Locale locale) {
		MealPhoto photo = own(memberId, photoId);
		if (items.isEmpty() || items.size() > MAX_ITEMS) {
			throw DomainException.invalid("items", "ITEMS_COUNT", "Confirm between 1 and " + MAX_ITEMS + " foods");
		}
		if (!photo.confirmable() || !this.store.markConfirmed(photoId, this.clock.instant())) {
			throw new DomainException(DomainException.Kind.CONFLICT, "PHOTO_NOT_CONFIRMABLE",
					photo.confirmedAt() != null ? "The photo was confirmed already"
							: "The photo is " + photo.status() + ", not analysed");
		}
		List<NutritionDiary.Item> entries = new ArrayList<>();
		for (Item item : items) {
			entries.add(new NutritionDiary.Item(item.foodId(), item.grams(), item.portion(), item.count()));
		}
		List<UUID> ids = this.nutrition.logAll(memberId, date, meal, entries, EntrySource.PHOTO, locale);
		for (Item item : items) {
			if (item.label() == null) {
				continue;
			}
			photo.candidates()
				.stream()
				.filter(candidate -> candidate.label().equalsIgnoreCase(item.label())
						&& !candidate.foodId().equals(item.foodId()))
				.findFirst()
				.ifPresent(replaced -> this.labels.learn(replaced.label(), item.foodId()));
		}
		return ids;
	}

	@Transactional(readOnly = true)
	public List<DeadLetter> deadLetters(int limit) {
		return this.store.deadLetters(limit)
			.stream()
			.map(photo -> new DeadLetter(photo.id(), photo.memberId(), photo.error(), photo.attempts(),
					photo.createdAt()))
			.toList();
	}

	@Transactional(readOnly = true)
	public long countDeadLetters() {
		return this.store.countDeadLetters();
	}

	/**
	 * Analyses a dead letter again.
	 * @throws DomainException 404 when there is no such failed photo
	 */
	// no transaction, as uploaded: the reopening is one conditional update, and the job
	// is queued holding no connection
	public void retry(UUID photoId) {
		MealPhoto photo = this.store.find(photoId).orElseThrow(() -> DomainException.notFound("The photo"));
		if (INVALID_IMAGE.equals(photo.error()) || !this.store.reopen(photoId)) {
			throw new DomainException(DomainException.Kind.CONFLICT, "NOT_A_DEAD_LETTER",
					"Only failed analyses of valid uploads can be retried");
		}
		queueAnalysis(photoId, photo.analysedAt());
	}

	private MealPhoto own(UUID memberId, UUID photoId) {
		return this.store.find(photoId)
			.filter(photo -> photo.memberId().equals(memberId))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "PHOTO_NOT_FOUND",
					"The photo was not found"));
	}

	private PhotoView view(MealPhoto photo) {
		return new PhotoView(photo.id(), photo.status(), photo.candidates(), photo.error(),
				photo.recognizer() != null ? photo.recognizer() : this.recognizer.name(), photo.date(), photo.meal(),
				photo.createdAt());
	}

}
