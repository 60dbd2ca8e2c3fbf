package app.vitalia.billing;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.platform.CacheTtl;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The features members' plans grant, cached (positive answers only) for the plan check
 * every gated request makes. An entry is evicted by every write of the member's
 * subscription, now and again when the writing transaction ends (so a read made before
 * the commit does not put the old grant back), and all entries by a plan edit; with Redis
 * the eviction reaches the other instances' copies. An entry also carries when the grant
 * ends by time alone (a cancelled subscription's period end), with no write to evict on.
 */
@Component
class GrantedFeatures {

	static final String CACHE = "billing.entitlements";

	/**
	 * The features granted until {@code validUntil}, unless a write evicts them first.
	 */
	record Grant(List<String> features, Instant validUntil) implements Serializable {

		Grant {
			features = List.copyOf(features);
		}

	}

	private final Cache cache;

	GrantedFeatures(CacheManager caches) {
		Cache cache = caches.getCache(CACHE);
		if (cache == null) {
			throw new IllegalStateException("No cache named " + CACHE);
		}
		this.cache = cache;
	}

	/** The member's cached grant if it still holds at {@code now}. */
	@Nullable List<String> at(UUID memberId, Instant now) {
		Grant grant = this.cache.get(memberId, Grant.class);
		return grant != null && now.isBefore(grant.validUntil()) ? grant.features() : null;
	}

	void put(UUID memberId, Grant grant) {
		this.cache.put(memberId, grant);
	}

	/** The member's subscription is being written. */
	void subscriptionChanged(UUID memberId) {
		this.cache.evict(memberId);
		whenTransactionEnds(() -> this.cache.evict(memberId));
	}

	/** A plan's features may have changed: every member's grant goes. */
	void plansChanged() {
		this.cache.clear();
		whenTransactionEnds(this.cache::clear);
	}

	private static void whenTransactionEnds(Runnable eviction) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					eviction.run();
				}
			});
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Lifetime {

		/**
		 * Bounds a grant whose eviction was missed (a read racing the last eviction, a
		 * lost announcement between instances).
		 */
		@Bean
		CacheTtl grantedFeaturesTtl(@Value("${vitalia.billing.entitlements-cache-ttl:1m}") Duration ttl) {
			return new CacheTtl(CACHE, ttl);
		}

	}

}
