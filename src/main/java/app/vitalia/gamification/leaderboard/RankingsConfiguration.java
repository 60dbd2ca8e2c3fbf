package app.vitalia.gamification.leaderboard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Redis sorted sets when Redis is configured (as the cache and rate limits), SQL
 * otherwise.
 */
@Configuration(proxyBeanMethods = false)
class RankingsConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty("spring.data.redis.url")
	static class InRedis {

		@Bean
		Rankings redisRankings(RedisConnectionFactory connections, JdbcTemplate jdbc,
				@Value("${vitalia.redis.key-prefix:vitalia:}") String prefix) {
			return new RedisRankings(new StringRedisTemplate(connections), jdbc, prefix);
		}

	}

	@Bean
	@ConditionalOnMissingBean(Rankings.class)
	Rankings sqlRankings(JdbcTemplate jdbc,
			@Value("${vitalia.gamification.leaderboard-cache:5s}") java.time.Duration keepTotals) {
		return new SqlRankings(jdbc, keepTotals);
	}

}
