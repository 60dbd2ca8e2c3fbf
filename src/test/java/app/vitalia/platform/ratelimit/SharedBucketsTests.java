package app.vitalia.platform.ratelimit;

import java.time.Duration;
import java.util.UUID;

import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.Test;

import app.vitalia.platform.RateLimiter;
import app.vitalia.platform.RateLimiter.BucketStore;
import app.vitalia.platform.RateLimiter.Limit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Limits shared through Redis by two instances of the application. */
// on a random port only to share the HTTP tests' context rather than start one of its own
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SharedBucketsTests {

	@Autowired
	BucketStore store;

	@Autowired(required = false)
	RedisClient rateLimitRedisClient;

	@Value("${vitalia.redis.key-prefix}")
	String prefix;

	@Test
	void aStrictLimitIsExactAndAnApproximateOneOvershootsByAtMostItsShareAnInstance() {
		assumeTrue(this.rateLimitRedisClient != null, "runs when Redis is configured");
		RateLimiter here = new RateLimiter(this.store);
		RateLimiter there = new RateLimiter(
				new RateLimitConfiguration.RedisBuckets().redisBucketStore(this.rateLimitRedisClient, this.prefix));

		Limit strict = new Limit("strict-test", 100, Duration.ofHours(1));
		assertThat(allowed(here, there, strict, UUID.randomUUID().toString())).isEqualTo(100);

		Limit approximate = new Limit("approximate-test", 200, Duration.ofHours(1), true);
		String key = UUID.randomUUID().toString();
		int allowed = allowed(here, there, approximate, key);
		assertThat(allowed).isBetween(200, 200 + 2 * (200 / Limit.SYNC_SHARE));
		// once spent, it stays spent everywhere
		assertThat(here.tryConsume(approximate, key).allowed()).isFalse();
		assertThat(there.tryConsume(approximate, key).allowed()).isFalse();
	}

	/** Alternates between the instances until both are refused. */
	private static int allowed(RateLimiter here, RateLimiter there, Limit limit, String key) {
		int allowed = 0;
		boolean hereRefused = false;
		boolean thereRefused = false;
		for (int i = 0; i < 1000 && !(hereRefused && thereRefused); i++) {
			RateLimiter instance = (i % 2 == 0) ? here : there;
			if (instance.tryConsume(limit, key).allowed()) {
				allowed++;
			}
			else if (instance == here) {
				hereRefused = true;
			}
			else {
				thereRefused = true;
			}
		}
		return allowed;
	}

}
