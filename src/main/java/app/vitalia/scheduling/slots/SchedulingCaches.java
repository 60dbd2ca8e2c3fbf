package app.vitalia.scheduling.slots;

import java.util.UUID;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The scheduling caches: a clinician's profile and booking rules by id, and pages of the
 * clinician directory. A change evicts now and again after the transaction ends, so a
 * concurrent read cannot put the old state back.
 */
@Component
public class SchedulingCaches {

	public static final String DOCTORS = "scheduling.doctors";

	public static final String SCHEDULES = "scheduling.schedules";

	public static final String DIRECTORY = "scheduling.directory";

	/** A clinician's booked times and holds ({@link BookedTimes}). */
	static final String BOOKINGS = "scheduling.bookings";

	private final CacheManager caches;

	SchedulingCaches(CacheManager caches) {
		this.caches = caches;
	}

	/**
	 * The clinician's profile or booking rules changed. Evicted now, so this transaction
	 * reads afresh, and again once it has ended, so a copy loaded by someone else before
	 * the commit does not outlive it.
	 */
	public void clinicianChanged(UUID id) {
		Runnable eviction = () -> {
			evict(DOCTORS, id);
			evict(SCHEDULES, id);
			evict(BOOKINGS, id);
			Cache directory = this.caches.getCache(DIRECTORY);
			if (directory != null) {
				directory.clear();
			}
		};
		eviction.run();
		whenTransactionEnds(eviction);
	}

	/**
	 * An appointment or hold of the clinician was added, moved or ended. Nothing reads
	 * the booked times inside such a transaction, so the entry is dropped once, when it
	 * ends, outside the clinician's booking lock.
	 */
	public void bookingsChanged(UUID doctorId) {
		whenTransactionEnds(() -> evict(BOOKINGS, doctorId));
	}

	/** Bookings were written in bulk (demo data). */
	public void allBookingsChanged() {
		Cache bookings = this.caches.getCache(BOOKINGS);
		if (bookings != null) {
			bookings.clear();
		}
	}

	/** Runs the eviction when the current transaction ends, or now outside one. */
	private static void whenTransactionEnds(Runnable eviction) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			eviction.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				eviction.run();
			}
		});
	}

	private void evict(String name, UUID id) {
		Cache cache = this.caches.getCache(name);
		if (cache != null) {
			cache.evict(id);
		}
	}

}
