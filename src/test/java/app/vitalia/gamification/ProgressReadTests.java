package app.vitalia.gamification;

import java.time.Instant;
import java.util.UUID;

import app.vitalia.gamification.MemberProgress.Progress;
import app.vitalia.gamification.MemberProgress.RecentAward;
import app.vitalia.gamification.scoring.ScoreStore;
import app.vitalia.members.MemberId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress page of a member with thousands of awards: points from the member's
 * running total, each badge once with the day it was first earned, the ten latest awards
 * newest first. It runs in the HTTP tests' shared context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProgressReadTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ScoreStore scores;

	@Autowired
	MemberProgress progress;

	final UUID member = UUID.randomUUID();

	@Test
	void aLongHistoryShowsItsTotalItsBadgesOnceAndItsLatestAwards() {
		int generation = this.scores.generation();
		// a point a day for 3,000 days from 2001 (of a rule since deleted: its code
		// stands
		// for its name), the profile badge on day 5 and again (another rule) on day 2,000
		this.jdbc.update("insert into gamification_award (generation, rule_code, member_id, occurrence, points, "
				+ "awarded_at, event_seq) select ?, 'FOOD_EACH_GONE', ?, 'food-' || n, 1, "
				+ "timestamp with time zone '2001-01-01 09:00:00+00' + n * interval '1' day, n "
				+ "from generate_series(1, 3000) n", generation, this.member);
		this.jdbc.update(
				"insert into gamification_award (generation, rule_code, member_id, occurrence, points, "
						+ "badge_code, awarded_at, event_seq) values (?, 'PROFILE_COMPLETED', ?, 'first', 50, "
						+ "'PROFILE_COMPLETE', timestamp with time zone '2001-01-06 10:00:00+00', 5001), "
						+ "(?, 'PROFILE_AGAIN', ?, 'first', 0, 'PROFILE_COMPLETE', "
						+ "timestamp with time zone '2006-06-24 10:00:00+00', 5002)",
				generation, this.member, generation, this.member);
		this.jdbc.update("insert into gamification_member (generation, member_id, points, current_streak, "
				+ "longest_streak) values (?, ?, 3050, 0, 12)", generation, this.member);

		Progress progress = this.progress.of(MemberId.of(this.member));

		assertThat(progress.points()).isEqualTo(3050);
		assertThat(progress.level()).isEqualTo(31);
		assertThat(progress.streak().longest()).isEqualTo(12);
		assertThat(progress.badges()).singleElement().satisfies(badge -> {
			assertThat(badge.code()).isEqualTo("PROFILE_COMPLETE");
			assertThat(badge.awardedAt()).isEqualTo(Instant.parse("2001-01-06T10:00:00Z"));
		});
		assertThat(progress.lockedBadges()).extracting(MemberProgress.LockedBadge::code)
			.doesNotContain("PROFILE_COMPLETE");
		assertThat(progress.recentAwards()).hasSize(10)
			.extracting(RecentAward::awardedAt)
			.first()
			.isEqualTo(Instant.parse("2001-01-01T09:00:00Z").plusSeconds(3000L * 86_400));
		assertThat(progress.recentAwards()).extracting(RecentAward::awardedAt)
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(progress.recentAwards()).first()
			.satisfies(award -> assertThat(award.ruleName().es()).isEqualTo("FOOD_EACH_GONE"));
	}

}
