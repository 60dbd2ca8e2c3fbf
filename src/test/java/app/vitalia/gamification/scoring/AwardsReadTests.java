package app.vitalia.gamification.scoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * An evaluation reads of a member's earlier awards only those its rules can depend on: a
 * member who earned a point for each of 3,000 logged foods has 3,000 awards of that rule,
 * and a batch of two foods reads two of them; the badges among them come from an index of
 * their own. It needs PostgreSQL and runs in the HTTP tests' shared context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AwardsReadTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ScoreStore scores;

	final UUID member = UUID.randomUUID();

	final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	@Test
	void onlyTheAwardsTheRulesCanDependOnAreRead() {
		int generation = this.scores.generation();
		// a point for each of 3,000 foods, a streak award every week, a "3 in 10 days"
		// award every ten days: one a day for 3,000 days from 2001
		insert(generation, code("EACH"), "'food-' || n", "n", 3000);
		insert(generation, code("STREAK"), "'2001-01-01/' || n", "n * 7", 400);
		insert(generation, code("WINDOW"), "'window-' || n", "n * 10", 300);
		insert(generation, code("OTHER"), "'other-' || n", "n", 100);
		Instant since = Instant.parse("2001-01-01T09:00:00Z").plusSeconds(2990L * 86_400);

		List<Award> read = this.scores.awards(generation, this.member,
				List.of(new ScoreStore.AwardsOf(code("EACH"), List.of("food-17", "food-2999", "food-none"), null),
						new ScoreStore.AwardsOf(code("STREAK"), null, null),
						new ScoreStore.AwardsOf(code("WINDOW"), null, since)));

		assertThat(read).filteredOn(award -> award.ruleCode().equals(code("EACH")))
			.extracting(Award::occurrence)
			.containsExactly("food-17", "food-2999");
		assertThat(read).filteredOn(award -> award.ruleCode().equals(code("STREAK"))).hasSize(400);
		// only day 3,000 is after day 2,990 at 09:00, not day 2,990 itself
		assertThat(read).filteredOn(award -> award.ruleCode().equals(code("WINDOW")))
			.extracting(Award::occurrence)
			.containsExactly("window-300");
		assertThat(read).extracting(Award::ruleCode).doesNotContain(code("OTHER"));
		assertThat(read).extracting(Award::awardedAt).isSorted();
		assertThat(this.scores.awards(generation, this.member, List.of())).isEmpty();
	}

	@Test
	void theBadgesHeldAreReadFromTheirOwnIndexNotFromEveryAward() {
		assertThat(this.jdbc.execute((ConnectionCallback<String>) (c) -> c.getMetaData().getDatabaseProductName()))
			.as("this test needs PostgreSQL on 127.0.0.1:5432")
			.isEqualTo("PostgreSQL");
		int generation = this.scores.generation();
		insert(generation, code("EACH"), "'food-' || n", "n", 3000);
		this.jdbc.update("update gamification_award set badge_code = ? where member_id = ? and occurrence in "
				+ "('food-40', 'food-700')", code("BADGE"), this.member);
		this.jdbc.update(
				"update gamification_award set badge_code = ? where member_id = ? and occurrence = " + "'food-9'",
				code("OTHER_BADGE"), this.member);
		this.jdbc.execute("analyze gamification_award");

		String plan = String.join("\n",
				this.jdbc.queryForList("explain " + ScoreStore.BADGES, String.class, generation, this.member));

		assertThat(plan).contains("gamification_award_badge_idx").doesNotContain("Seq Scan");
		Instant day = Instant.parse("2001-01-01T09:00:00Z");
		assertThat(this.scores.badges(generation, this.member)).containsOnly(
				entry(code("BADGE"), day.plusSeconds(40L * 86_400)),
				entry(code("OTHER_BADGE"), day.plusSeconds(9L * 86_400)));
	}

	/** {@code count} awards of the rule, the n-th on day {@code day} after 2001-01-01. */
	private void insert(int generation, String rule, String occurrence, String day, int count) {
		this.jdbc.update("insert into gamification_award (generation, rule_code, member_id, occurrence, points, "
				+ "awarded_at, event_seq) select ?, ?, ?, " + occurrence + ", 1, "
				+ "timestamp with time zone '2001-01-01 09:00:00+00' + (" + day + ") * interval '1' day, n "
				+ "from generate_series(1, ?) n", generation, rule, this.member, count);
	}

	private String code(String name) {
		return "READ_" + this.tag + "_" + name;
	}

}
