package app.vitalia.gamification.leaderboard;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Without Redis, every read asks SQL. */
@TestPropertySource(properties = { "vitalia.test.redis=false", "vitalia.gamification.leaderboard-cache=0s" })
class LeaderboardsInSqlTests extends LeaderboardBehaviour {

	@Autowired
	Rankings rankings;

	@Test
	void withoutRedisTheRankingsAreSqlQueries() {
		assertThat(this.rankings).isInstanceOf(SqlRankings.class);
	}

}
