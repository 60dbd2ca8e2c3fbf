package app.vitalia.identity.accounts;

import java.util.UUID;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Cached account snapshots: every authenticated request checks its token against one, so
 * they are read from the cache and evicted whenever the account changes.
 */
@Component
public class AccountSnapshots {

	static final String CACHE = "identity.accounts";

	private final AccountRepository accounts;

	private final CacheManager caches;

	public AccountSnapshots(AccountRepository accounts, CacheManager caches) {
		this.accounts = accounts;
		this.caches = caches;
	}

	@Cacheable(cacheNames = CACHE, unless = "#result == null")
	@Transactional(readOnly = true)
	public AccountSnapshot find(UUID id) {
		return this.accounts.findById(id).map(Account::snapshot).orElse(null);
	}

	/**
	 * Drops the cached snapshot now and again after the surrounding transaction commits,
	 * so a concurrent read cannot put the old state back.
	 */
	public void evict(UUID id) {
		Cache cache = this.caches.getCache(CACHE);
		if (cache == null) {
			return;
		}
		cache.evict(id);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					cache.evict(id);
				}
			});
		}
	}

}
