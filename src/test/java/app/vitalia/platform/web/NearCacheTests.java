package app.vitalia.platform.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

import org.springframework.cache.concurrent.ConcurrentMapCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class NearCacheTests {

	private final ConcurrentMapCache shared = new ConcurrentMapCache("things");

	private final List<String> announced = new ArrayList<>();

	private final NearCache cache = new NearCache(this.shared,
			Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).build(),
			(name, key) -> this.announced.add(name + ":" + key));

	@Test
	void servesReadsFromTheProcessOnceSeenAndFallsBackToTheSharedCache() {
		UUID key = UUID.randomUUID();
		this.shared.put(key, "from the shared cache");
		assertThat(this.cache.get(key, String.class)).isEqualTo("from the shared cache");

		// the shared copy changing behind our back is not seen until an eviction
		this.shared.put(key, "changed elsewhere");
		assertThat(this.cache.get(key, String.class)).isEqualTo("from the shared cache");
		this.cache.dropLocal(key.toString());
		assertThat(this.cache.get(key, String.class)).isEqualTo("changed elsewhere");
		assertThat(this.cache.get(UUID.randomUUID())).isNull();
	}

	@Test
	void evictsBothLevelsAndAnnouncesIt() {
		UUID key = UUID.randomUUID();
		this.cache.put(key, "value");
		assertThat(this.shared.get(key)).isNotNull();

		this.cache.evict(key);
		assertThat(this.shared.get(key)).isNull();
		assertThat(this.cache.get(key)).isNull();

		this.cache.put(key, "value");
		this.cache.clear();
		assertThat(this.cache.get(key)).isNull();
		assertThat(this.announced).containsExactly("things:" + key, "things:null");
	}

	@Test
	void dropsThisProcessesCopyEvenWhenTheSharedCacheFails() {
		ConcurrentMapCache failing = new ConcurrentMapCache("things") {
			@Override
			public void evict(Object key) {
				throw new IllegalStateException("Redis does not answer");
			}
		};
		NearCache near = new NearCache(failing, Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).build(),
				(name, key) -> this.announced.add(name + ":" + key));
		UUID key = UUID.randomUUID();
		near.put(key, "old");
		failing.put(key, "new");

		assertThatIllegalStateException().isThrownBy(() -> near.evict(key));
		// the caller hears of the failure, and this process no longer serves its old copy
		assertThat(near.get(key, String.class)).isEqualTo("new");
	}

	@Test
	void loadsOnceAndCachesTheLoadedValue() {
		UUID key = UUID.randomUUID();
		List<String> loads = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			assertThat(this.cache.get(key, () -> {
				loads.add("load");
				return "loaded";
			})).isEqualTo("loaded");
		}
		assertThat(loads).hasSize(1);
		assertThat(this.shared.get(key, String.class)).isEqualTo("loaded");
	}

}
