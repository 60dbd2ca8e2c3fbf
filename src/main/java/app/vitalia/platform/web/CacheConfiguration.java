package app.vitalia.platform.web;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import app.vitalia.platform.CacheTtl;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.ObjectProvider;
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
 * instance, evictions seen by all), Caffeine in process otherwise. Entries live 10
 * minutes unless a module declares a {@link CacheTtl} for its cache.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

	private static final Duration TTL = Duration.ofMinutes(10);

	@Bean
	@ConditionalOnProperty("spring.data.redis.url")
	CacheManager redisCacheManager(RedisConnectionFactory connections,
			@Value("${vitalia.redis.key-prefix:vitalia:}") String prefix, ObjectProvider<CacheTtl> ttls) {
		RedisCacheConfiguration defaults = RedisCacheConfiguration.defaultCacheConfig()
			.entryTtl(TTL)
			.prefixCacheNameWith(prefix);
		Map<String, RedisCacheConfiguration> own = ttls.orderedStream()
			.collect(Collectors.toMap(CacheTtl::cacheName, ttl -> defaults.entryTtl(ttl.timeToLive())));
		return RedisCacheManager.builder(connections)
			.cacheDefaults(defaults)
			.withInitialCacheConfigurations(own)
			.build();
	}

	@Bean
	@ConditionalOnMissingBean(CacheManager.class)
	CacheManager caffeineCacheManager(ObjectProvider<CacheTtl> ttls) {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		manager.setCaffeine(Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(TTL));
		ttls.orderedStream()
			.forEach(ttl -> manager.registerCustomCache(ttl.cacheName(),
					Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ttl.timeToLive()).build()));
		return manager;
	}

}
