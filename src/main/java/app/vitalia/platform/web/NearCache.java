package app.vitalia.platform.web;

import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

import com.github.benmanes.caffeine.cache.Cache;
import org.jspecify.annotations.Nullable;

import org.springframework.cache.support.SimpleValueWrapper;

/**
 * A cache in two levels: a small in-process copy in front of the shared one (Redis).
 * Reads are served from the process when they can, which spares the hot paths (the
 * account snapshot behind every authenticated request, the clinician directory) a network
 * round trip and a deserialization. Evictions go to the shared cache and are announced to
 * the other instances, which drop their copies; if an announcement is lost, a copy still
 * lives no longer than the in-process time to live.
 * <p>
 * Keys are kept in process by their {@code toString()}, the form announcements carry, so
 * they must have a value-based one (UUIDs, numbers, strings).
 */
final class NearCache implements org.springframework.cache.Cache {

	private final org.springframework.cache.Cache shared;

	private final Cache<String, ValueWrapper> local;

	private final BiConsumer<String, @Nullable String> announceEviction;

	/**
	 * @param announceEviction called with the cache name and the key, or {@code null} for
	 * all keys, after this instance evicted
	 */
	NearCache(org.springframework.cache.Cache shared, Cache<String, ValueWrapper> local,
			BiConsumer<String, @Nullable String> announceEviction) {
		this.shared = shared;
		this.local = local;
		this.announceEviction = announceEviction;
	}

	@Override
	public String getName() {
		return this.shared.getName();
	}

	@Override
	public Object getNativeCache() {
		return this.shared.getNativeCache();
	}

	@Override
	public @Nullable ValueWrapper get(Object key) {
		String localKey = key.toString();
		ValueWrapper found = this.local.getIfPresent(localKey);
		if (found == null) {
			found = this.shared.get(key);
			if (found != null) {
				this.local.put(localKey, found);
			}
		}
		return found;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> @Nullable T get(Object key, @Nullable Class<T> type) {
		ValueWrapper found = get(key);
		Object value = (found != null) ? found.get() : null;
		if (value != null && type != null && !type.isInstance(value)) {
			throw new IllegalStateException("Cached value is not of required type [" + type.getName() + "]: " + value);
		}
		return (T) value;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> @Nullable T get(Object key, Callable<T> valueLoader) {
		ValueWrapper found = get(key);
		if (found != null) {
			return (T) found.get();
		}
		T value;
		try {
			value = valueLoader.call();
		}
		catch (Exception ex) {
			throw new ValueRetrievalException(key, valueLoader, ex);
		}
		put(key, value);
		return value;
	}

	@Override
	public void put(Object key, @Nullable Object value) {
		this.shared.put(key, value);
		this.local.put(key.toString(), new SimpleValueWrapper(value));
	}

	/**
	 * The copy in this process goes even when Redis cannot be reached (the shared entry
	 * then outlives the call, and the caller hears of it); dropped after the shared one,
	 * so a read in between cannot bring the old value back.
	 */
	@Override
	public void evict(Object key) {
		try {
			this.shared.evict(key);
		}
		finally {
			dropLocal(key.toString());
		}
		this.announceEviction.accept(getName(), key.toString());
	}

	@Override
	public void clear() {
		try {
			this.shared.clear();
		}
		finally {
			dropLocal(null);
		}
		this.announceEviction.accept(getName(), null);
	}

	/** Drops this instance's copy of a key, or of every key when {@code key} is null. */
	void dropLocal(@Nullable String key) {
		if (key == null) {
			this.local.invalidateAll();
		}
		else {
			this.local.invalidate(key);
		}
	}

}
