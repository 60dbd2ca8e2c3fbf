package app.vitalia.gamification.leaderboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import app.vitalia.gamification.RuleBodies;
import app.vitalia.gamification.scoring.ScoreStore;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * With Redis (127.0.0.1:6379 when it runs, required on CI): the same behaviour, served
 * from sorted sets that follow SQL.
 */
@TestPropertySource(properties = "vitalia.gamification.leaderboard-cache=0s")
class LeaderboardsInRedisTests extends LeaderboardBehaviour {

	@Autowired
	Rankings rankings;

	@Autowired
	Leaderboards leaderboards;

	@Autowired
	ScoreStore scores;

	@Autowired
	RedisConnectionFactory connections;

	@Autowired
	DataSource dataSource;

	@Value("${vitalia.redis.key-prefix:vitalia:}")
	String prefix;

	StringRedisTemplate redis;

	@BeforeEach
	void redisIsConfigured() {
		assumeTrue(this.rankings instanceof RedisRankings, "runs when Redis is configured");
		this.redis = new StringRedisTemplate(this.connections);
	}

	RedisRankings inRedis() {
		return (RedisRankings) this.rankings;
	}

	String key(Leaderboards.Period period) {
		return inRedis().key(this.scores.generation(), this.leaderboards.window(period));
	}

	UUID idOf(Member member) {
		return UUID.fromString(this.api.get("/api/me", member.token()).text("id"));
	}

	Double score(Leaderboards.Period period, Member member) {
		return this.redis.opsForZSet().score(key(period), idOf(member).toString());
	}

	@Test
	void theSortedSetsHoldEachOptedInMembersPointsOnceTheAwardCommits() {
		Member member = member("Sorted");
		board("all-time", member);
		assertThat(score(Leaderboards.Period.ALL_TIME, member)).as("not opted in yet").isNull();

		optIn(member, true);
		assertThat(score(Leaderboards.Period.ALL_TIME, member)).isEqualTo(10.0);
		completeProfile(member);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(score(Leaderboards.Period.WEEKLY, member)).isEqualTo(60.0));
		assertThat(score(Leaderboards.Period.MONTHLY, member)).isEqualTo(60.0);
		assertThat(score(Leaderboards.Period.ALL_TIME, member)).isEqualTo(60.0);

		optIn(member, false);
		for (Leaderboards.Period period : Leaderboards.Period.values()) {
			assertThat(score(period, member)).as(period.name()).isNull();
		}
	}

	@Test
	void aMissingSetIsRebuiltFromSqlOnTheNextRead() {
		Member member = member("Rebuilt");
		completeProfile(member);
		optIn(member, true);
		for (Leaderboards.Period period : Leaderboards.Period.values()) {
			this.redis.delete(key(period));
		}
		// an update while the set is missing does not leave a half-filled set behind
		this.rankings.changed(this.scores.generation(), List.of(this.leaderboards.window(Leaderboards.Period.WEEKLY)),
				Set.of(idOf(member)));
		assertThat(this.redis.hasKey(key(Leaderboards.Period.WEEKLY))).isFalse();

		assertThat(entryOf(board("weekly", member), member).path("points").asLong()).isEqualTo(60);
		assertThat(board("all-time", member).path("me").path("points").asLong()).isEqualTo(60);
		assertThat(score(Leaderboards.Period.WEEKLY, member)).isEqualTo(60.0);
		assertThat(this.redis.getExpire(key(Leaderboards.Period.WEEKLY))).isPositive();
	}

	@Test
	void anOptInCommittedWhileAnotherInstanceRebuildsTheSetIsInTheSetItBuilt() {
		Member member = member("Racer");
		completeProfile(member);
		Leaderboards.Period period = Leaderboards.Period.ALL_TIME;
		board("all-time", member);
		AtomicBoolean optedInDuringTheRead = new AtomicBoolean();
		// the other instance reads SQL before the member opts in, and swaps its copy in
		// after
		JdbcTemplate readsThenTheMemberOptsIn = new JdbcTemplate(this.dataSource) {
			@Override
			public void query(String sql, RowCallbackHandler handler, @Nullable Object... args) {
				super.query(sql, handler, args);
				if (optedInDuringTheRead.compareAndSet(false, true)) {
					optIn(member, true);
				}
			}
		};
		new RedisRankings(this.redis, readsThenTheMemberOptsIn, this.prefix).rebuild(this.scores.generation(),
				List.of(this.leaderboards.window(period)));

		assertThat(optedInDuringTheRead).isTrue();
		assertThat(score(period, member)).isEqualTo(60.0);
		assertThat(board("all-time", member).path("me").path("points").asLong()).isEqualTo(60);
		assertThat(this.redis.keys(key(period) + ":*")).as("no builder or note left behind").isEmpty();
	}

	@Test
	void aReplayUnderChangedRulesIsWhatTheBoardsShowAfterwards() {
		Member member = member("Replayed");
		completeProfile(member);
		optIn(member, true);
		String admin = this.api.admin();
		int before = this.scores.generation();
		try {
			assertThat(
					this.api.put("/api/admin/gamification/rules/PROFILE_COMPLETED", RuleBodies.profileRule(80), admin)
						.status())
				.isEqualTo(200);
			replay(admin);
			assertThat(this.scores.generation()).isGreaterThan(before);
			assertThat(entryOf(board("monthly", member), member).path("points").asLong()).isEqualTo(90);
			assertThat(board("all-time", member).path("me").path("points").asLong()).isEqualTo(90);
			assertThat(score(Leaderboards.Period.ALL_TIME, member)).isEqualTo(90.0);
		}
		finally {
			this.api.put("/api/admin/gamification/rules/PROFILE_COMPLETED", RuleBodies.profileRule(50), admin);
			replay(admin);
		}
		assertThat(entryOf(board("all-time", member), member).path("points").asLong()).isEqualTo(60);
	}

	void replay(String admin) {
		var started = this.api.post("/api/admin/gamification/replay", Map.of("dryRun", false), admin);
		assertThat(started.status()).isEqualTo(202);
		String path = "/api/admin/gamification/replay/" + started.text("id");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> !this.api.get(path, admin).text("status").matches("QUEUED|RUNNING"));
		assertThat(this.api.get(path, admin).text("status")).isEqualTo("DONE");
	}

}
