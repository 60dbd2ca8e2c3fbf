package app.vitalia.platform.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Spring's cache: Redis when {@code spring.data.redis.url} is set (shared by every
 * instance, evictions seen by all), Caffeine in process otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

	private static final Duration TTL = Duration.ofMinutes(10);

	@Bean
	@ConditionalOnProperty("spring.data.redis.url")
	CacheManager redisCacheManager(RedisConnectionFactory connections,
			@Value("${vitalia.redis.key-prefix:vitalia:}") String prefix) {
		return RedisCacheManager.builder(connections)
			.cacheDefaults(RedisCacheConfiguration.defaultCacheConfig().entryTtl(TTL).prefixCacheNameWith(prefix))
			.build();
	}

	@Bean
	@ConditionalOnMissingBean(CacheManager.class)
	CacheManager caffeineCacheManager() {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		manager.setCaffeine(Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(TTL));
		return manager;
	}

}
