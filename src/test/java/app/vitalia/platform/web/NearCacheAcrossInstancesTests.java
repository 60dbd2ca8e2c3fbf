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
			// the same Redis: what one instance puts, the other reads (once the write
			// landed;
			// a full-suite run once saw it absent a few milliseconds after the put)
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(seenByOther.get(key, String.class)).isEqualTo("first"));

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
