package app.vitalia.platform.ratelimit;

import java.time.Duration;

import app.vitalia.platform.Problems;
import app.vitalia.platform.RateLimitProperties;
import app.vitalia.platform.RateLimiter;
import app.vitalia.platform.RateLimiter.BucketStore;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	/** Buckets shared by every instance through Redis. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty("spring.data.redis.url")
	static class RedisBuckets {

		@Bean(destroyMethod = "shutdown")
		RedisClient rateLimitRedisClient(org.springframework.core.env.Environment environment) {
			// commands give up after the same timeout as Spring's Redis client (instead
			// of Lettuce's 60 s), so a silent Redis is a fast 503; opening a connection
			// (socket and handshake) gets the connect timeout, which a busy host needs
			Duration timeout = environment.getProperty("spring.data.redis.timeout", Duration.class,
					Duration.ofSeconds(2));
			Duration connect = environment.getProperty("spring.data.redis.connect-timeout", Duration.class,
					Duration.ofSeconds(5));
			RedisURI uri = RedisURI.create(environment.getRequiredProperty("spring.data.redis.url"));
			uri.setTimeout(connect);
			RedisClient client = RedisClient.create(uri);
			client.setOptions(ClientOptions.builder()
				.socketOptions(SocketOptions.builder().connectTimeout(connect).build())
				.timeoutOptions(TimeoutOptions.enabled(timeout))
				.build());
			return client;
		}

		@Bean
		BucketStore redisBucketStore(RedisClient rateLimitRedisClient,
				@org.springframework.beans.factory.annotation.Value("${vitalia.redis.key-prefix:vitalia:}") String prefix) {
			ProxyManager<byte[]> proxies = Bucket4jLettuce.casBasedBuilder(rateLimitRedisClient)
				.expirationAfterWrite(
						ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
				.build();
			// one proxy per key and JVM. Strict limits batch: concurrent requests on a
			// hot
			// key share one compare-and-swap round trip instead of racing each other's.
			// Approximate ones count locally and synchronize by a share of their
			// capacity.
			Cache<String, Bucket> proxiesByKey = Caffeine.newBuilder()
				.maximumSize(100_000)
				.expireAfterAccess(Duration.ofMinutes(10))
				.build();
			return (key,
					limit) -> proxiesByKey
						.get(key,
								k -> proxies.builder()
									.withOptimization(
											limit.approximate()
													? Optimizations
														.delaying(new DelayParameters(
																Math.max(1,
																		limit.capacity()
																				/ RateLimiter.Limit.SYNC_SHARE),
																Duration.ofSeconds(1)))
													: Optimizations.batching())
									.build((prefix + "rl:" + k).getBytes(java.nio.charset.StandardCharsets.UTF_8),
											() -> BucketConfiguration.builder().addLimit(limit.bandwidth()).build()));
		}

	}

	@Bean
	@ConditionalOnMissingBean(BucketStore.class)
	BucketStore inProcessBucketStore() {
		Cache<String, Bucket> buckets = Caffeine.newBuilder()
			.maximumSize(1_000_000)
			.expireAfterAccess(Duration.ofHours(2))
			.build();
		return (key, limit) -> buckets.get(key, k -> Bucket.builder().addLimit(limit.bandwidth()).build());
	}

	@Bean
	RateLimiter rateLimiter(BucketStore store) {
		return new RateLimiter(store);
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilterRegistration(RateLimiter limiter,
			RateLimitProperties properties, Problems problems) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(limiter, properties, problems));
		registration.addUrlPatterns("/api/*");
		// after Spring Security (-100), so the authenticated account is known
		registration.setOrder(0);
		return registration;
	}

	@Bean
	FilterRegistrationBean<UnauthorizedLimitFilter> unauthorizedLimitFilterRegistration(RateLimiter limiter,
			RateLimitProperties properties, Problems problems) {
		FilterRegistrationBean<UnauthorizedLimitFilter> registration = new FilterRegistrationBean<>(
				new UnauthorizedLimitFilter(limiter, properties, problems));
		registration.addUrlPatterns("/api/*");
		// before Spring Security (-100), which answers most 401s itself
		registration.setOrder(-110);
		return registration;
	}

}
