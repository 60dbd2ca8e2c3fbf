package app.vitalia.gamification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import app.vitalia.members.MemberId;
import app.vitalia.members.ProfileCompleted;
import app.vitalia.nutrition.DiaryEntryId;
import app.vitalia.nutrition.FoodId;
import app.vitalia.nutrition.FoodLogged;
import app.vitalia.nutrition.FoodsLogged;
import app.vitalia.nutrition.Meal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nutrition's {@link FoodsLogged} as gamification takes it, with the module and its
 * direct dependencies only: each entry is appended to the event log once (a redelivered
 * batch adds nothing), and seven days in a row earn the weekly streak rule's points and
 * badge.
 */
// no JobRunr server here: it would compete for the jobs of the full application contexts
// on
// the shared test database without having their beans
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(properties = "jobrunr.background-job-server.enabled=false")
class MemberActionFlowTests {

	@Autowired
	MemberProgress progress;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCompletedProfileEarnsFiftyPointsAndTheBadgeOnce(Scenario scenario) {
		MemberId member = MemberId.of(UUID.randomUUID());
		scenario.publish(new ProfileCompleted(member))
			.andWaitForStateChange(() -> this.progress.of(member), progress -> progress.points() > 0)
			.andVerify(progress -> {
				assertThat(progress.points()).isEqualTo(50);
				assertThat(progress.badges()).extracting(MemberProgress.EarnedBadge::code)
					.containsExactly("PROFILE_COMPLETE");
			});
		// a second publication (a redelivery) appends nothing and awards nothing
		scenario.publish(new ProfileCompleted(member))
			.andWaitForStateChange(() -> this.jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null and serialized_event like ?",
					Integer.class, "%" + member.id() + "%"), count -> count == 0)
			.andVerify(count -> {
				assertThat(this.progress.of(member).points()).isEqualTo(50);
				assertThat(this.jdbc.queryForObject(
						"select count(*) from gamification_event where member_id = ? and type = 'PROFILE_COMPLETED'",
						Integer.class, member.id()))
					.isEqualTo(1);
			});
	}

	@Test
	void sevenDaysOfEntriesAreLoggedOnceAndEarnTheWeeklyStreak(Scenario scenario) {
		MemberId member = MemberId.of(UUID.randomUUID());
		LocalDate today = LocalDate.now();
		FoodsLogged week = new FoodsLogged(IntStream.range(0, 7)
			.mapToObj(day -> new FoodLogged(member, DiaryEntryId.of(UUID.randomUUID()), today.minusDays(6 - day),
					Meal.LUNCH, FoodId.of(UUID.randomUUID()), 250.0))
			.toList());

		scenario.publish(week)
			.andWaitForStateChange(() -> this.progress.of(member),
					progress -> progress.badges().stream().anyMatch(badge -> badge.code().equals("WEEKLY_STREAK")))
			.andVerify(progress -> {
				assertThat(progress.streak().longest()).isEqualTo(7);
				assertThat(progress.recentAwards()).extracting(MemberProgress.RecentAward::points).contains(100);
				assertThat(loggedEntries(member)).isEqualTo(7);
			});

		// the same entries again (a redelivery) with one more on a day already counted,
		// in one
		// batch: a batch is recorded in one transaction, so once the new entry is in, so
		// is
		// whatever the repeated ones added
		long points = this.progress.of(member).points();
		List<FoodLogged> again = new ArrayList<>(week.entries());
		again.add(new FoodLogged(member, DiaryEntryId.of(UUID.randomUUID()), today, Meal.DINNER,
				FoodId.of(UUID.randomUUID()), 400.0));
		scenario.publish(new FoodsLogged(again))
			.andWaitForStateChange(() -> loggedEntries(member), count -> count > 7)
			.andVerify(count -> {
				assertThat(count).isEqualTo(8);
				assertThat(this.progress.of(member).points()).isEqualTo(points);
				assertThat(this.progress.of(member).badges()).hasSize(1);
			});
	}

	private int loggedEntries(MemberId member) {
		return this.jdbc.queryForObject(
				"select count(*) from gamification_event where member_id = ? and type = 'FOOD_LOGGED'", Integer.class,
				member.id());
	}

}
