package app.vitalia.platform.web;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.cache.Cache;
import org.springframework.cache.Cache.ValueWrapper;
import org.springframework.cache.CacheManager;

/**
 * Hands out {@link NearCache near caches} over the shared caches of another manager, one
 * in-process copy per cache name.
 */
final class NearCacheManager implements CacheManager {

	private final CacheManager shared;

	private final Supplier<com.github.benmanes.caffeine.cache.Cache<String, ValueWrapper>> localCaches;

	private final BiConsumer<String, @Nullable String> announceEviction;

	private final Map<String, NearCache> caches = new ConcurrentHashMap<>();

	NearCacheManager(CacheManager shared,
			Supplier<com.github.benmanes.caffeine.cache.Cache<String, ValueWrapper>> localCaches,
			BiConsumer<String, @Nullable String> announceEviction) {
		this.shared = shared;
		this.localCaches = localCaches;
		this.announceEviction = announceEviction;
	}

	@Override
	public @Nullable Cache getCache(String name) {
		return this.caches.computeIfAbsent(name, missing -> {
			Cache cache = this.shared.getCache(missing);
			if (cache == null) {
				throw new IllegalStateException("No shared cache named " + missing);
			}
			return new NearCache(cache, this.localCaches.get(), this.announceEviction);
		});
	}

	@Override
	public Collection<String> getCacheNames() {
		return this.shared.getCacheNames();
	}

	/** Another instance evicted: drop this instance's copy ({@code key} null: all). */
	void dropLocal(String name, @Nullable String key) {
		NearCache cache = this.caches.get(name);
		if (cache != null) {
			cache.dropLocal(key);
		}
	}

}
