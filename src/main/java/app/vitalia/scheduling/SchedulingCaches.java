package app.vitalia.scheduling;

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
class SchedulingCaches {

	static final String DOCTORS = "scheduling.doctors";

	static final String SCHEDULES = "scheduling.schedules";

	static final String DIRECTORY = "scheduling.directory";

	private final CacheManager caches;

	SchedulingCaches(CacheManager caches) {
		this.caches = caches;
	}

	void clinicianChanged(UUID id) {
		evictNow(id);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					evictNow(id);
				}
			});
		}
	}

	private void evictNow(UUID id) {
		evict(DOCTORS, id);
		evict(SCHEDULES, id);
		Cache directory = this.caches.getCache(DIRECTORY);
		if (directory != null) {
			directory.clear();
		}
	}

	private void evict(String name, UUID id) {
		Cache cache = this.caches.getCache(name);
		if (cache != null) {
			cache.evict(id);
		}
	}

}
