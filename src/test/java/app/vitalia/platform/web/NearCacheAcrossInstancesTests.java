package app.vitalia.platform.web;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.vitalia.platform.CacheTtl;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.connection.RedisConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Two instances sharing one Redis: one evicts, the other's copy goes too. */
// on a random port only to share the HTTP tests' context rather than start one of its own
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NearCacheAcrossInstancesTests {

	@Autowired
	CacheManager caches;

	@Autowired
	RedisConnectionFactory connections;

	@Autowired
	ObjectProvider<CacheTtl> ttls;

	@Value("${vitalia.redis.key-prefix}")
	String prefix;

	/**
	 * A put or an eviction has reached Redis when the call returns: a member who changes
	 * a food of their own and searches at once, on any instance, must not get the old
	 * list back (a full-suite run once did, with Spring Data Redis writing in the
	 * background).
	 */
	@Test
	void writesHaveLandedWhenTheCallReturns() {
		assumeTrue(this.caches instanceof NearCacheManager, "runs when Redis is configured");
		Cache mine = this.caches.getCache("near-cache-test");
		// two other instances: one reads after each put, one after each eviction, so
		// neither holds a copy of its own that would hide what Redis has
		Cache afterPut = otherInstance().getCache("near-cache-test");
		Cache afterEvict = otherInstance().getCache("near-cache-test");
		for (int i = 0; i < 200; i++) {
			UUID key = UUID.randomUUID();
			mine.put(key, "value " + i);
			assertThat(afterPut.get(key, String.class)).as("read right after the put").isEqualTo("value " + i);
			mine.evict(key);
			assertThat(afterEvict.get(key)).as("read right after the eviction").isNull();
		}
	}

	private CacheManager otherInstance() {
		return new CacheConfiguration.SharedCaches(this.prefix).redisCacheManager(this.connections, this.prefix,
				Duration.ofMinutes(5), this.ttls);
	}

	@Test
	void anEvictionOnOneInstanceDropsTheOtherInstancesCopy() throws Exception {
		assumeTrue(this.caches instanceof NearCacheManager, "runs when Redis is configured");
		CacheConfiguration.SharedCaches otherInstance = new CacheConfiguration.SharedCaches(this.prefix);
		CacheManager other = otherInstance.redisCacheManager(this.connections, this.prefix, Duration.ofMinutes(5),
				this.ttls);
		var listener = otherInstance.cacheEvictionListener(this.connections, other);
		listener.afterPropertiesSet();
		listener.start();
		try {
			UUID key = UUID.randomUUID();
			this.caches.getCache("near-cache-test").put(key, "first");
			Cache seenByOther = other.getCache("near-cache-test");
			// the same Redis: what one instance puts, the other reads at once
			assertThat(seenByOther.get(key, String.class)).isEqualTo("first");

			this.caches.getCache("near-cache-test").evict(key);
			this.caches.getCache("near-cache-test").put(key, "second");

			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(seenByOther.get(key, String.class)).isEqualTo("second"));
		}
		finally {
			listener.stop();
			listener.destroy();
		}
	}

}
