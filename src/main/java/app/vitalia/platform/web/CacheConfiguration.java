package app.vitalia.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.cache.RedisCacheWriter.RedisCacheWriterConfigurer;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Spring's cache: with {@code spring.data.redis.url}, Redis shared by every instance with
 * a short-lived {@link NearCache copy in each process} whose evictions are announced on a
 * Redis channel; Caffeine in process otherwise. Entries live 10 minutes unless a module
 * declares a {@link CacheTtl} for its cache.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

	private static final Duration TTL = Duration.ofMinutes(10);

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty("spring.data.redis.url")
	static class SharedCaches {

		private final String channel;

		private final String instance = UUID.randomUUID().toString();

		SharedCaches(@Value("${vitalia.redis.key-prefix:vitalia:}") String prefix) {
			this.channel = prefix + "cache-evictions";
		}

		@Bean
		CacheManager redisCacheManager(RedisConnectionFactory connections,
				@Value("${vitalia.redis.key-prefix:vitalia:}") String prefix,
				@Value("${vitalia.cache.local-ttl:30s}") Duration localTtl, ObjectProvider<CacheTtl> ttls) {
			RedisCacheConfiguration defaults = RedisCacheConfiguration.defaultCacheConfig()
				.entryTtl(TTL)
				.prefixCacheNameWith(prefix);
			Map<String, RedisCacheConfiguration> own = ttls.orderedStream()
				.collect(Collectors.toMap(CacheTtl::cacheName, ttl -> defaults.entryTtl(ttl.timeToLive())));
			// Spring Data Redis sends puts and evictions in the background by default: a
			// member's next request could then still read what they just changed
			RedisCacheWriter writer = RedisCacheWriter.create(connections, RedisCacheWriterConfigurer::immediateWrites);
			RedisCacheManager shared = RedisCacheManager.builder(writer)
				.cacheDefaults(defaults)
				.withInitialCacheConfigurations(own)
				.build();
			shared.afterPropertiesSet();
			StringRedisTemplate redis = new StringRedisTemplate(connections);
			return new NearCacheManager(shared,
					() -> Caffeine.newBuilder().recordStats().maximumSize(100_000).expireAfterWrite(localTtl).build(),
					(name, key) -> redis.convertAndSend(this.channel,
							this.instance + SEPARATOR + name + SEPARATOR + (key == null ? ALL : key)));
		}

		@Bean
		RedisMessageListenerContainer cacheEvictionListener(RedisConnectionFactory connections,
				CacheManager redisCacheManager) {
			NearCacheManager caches = (NearCacheManager) redisCacheManager;
			RedisMessageListenerContainer container = new RedisMessageListenerContainer();
			container.setConnectionFactory(connections);
			container.addMessageListener((message, pattern) -> {
				String[] parts = new String(message.getBody(), StandardCharsets.UTF_8).split(SEPARATOR, 3);
				if (parts.length == 3 && !parts[0].equals(this.instance)) {
					caches.dropLocal(parts[1], parts[2].equals(ALL) ? null : parts[2]);
				}
			}, new ChannelTopic(this.channel));
			return container;
		}

	}

	private static final String SEPARATOR = "\n";

	private static final String ALL = "*";

	@Bean
	@ConditionalOnMissingBean(CacheManager.class)
	CacheManager caffeineCacheManager(ObjectProvider<CacheTtl> ttls) {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		manager.setCaffeine(Caffeine.newBuilder().recordStats().maximumSize(100_000).expireAfterWrite(TTL));
		ttls.orderedStream()
			.forEach(ttl -> manager.registerCustomCache(ttl.cacheName(),
					Caffeine.newBuilder()
						.recordStats()
						.maximumSize(100_000)
						.expireAfterWrite(ttl.timeToLive())
						.build()));
		return manager;
	}

}
