package app.vitalia.gamification.leaderboard;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import app.vitalia.support.HttpTest;
import app.vitalia.support.Profiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What members see on the leaderboards, whichever store keeps the rankings. Other tests
 * share the database, so boards are searched for this test's members by name.
 */
abstract class LeaderboardBehaviour extends HttpTest {

	record Member(String name, String token) {
	}

	Member member(String role) {
		String name = role + " " + UUID.randomUUID().toString().substring(0, 8);
		String email = "lb-" + UUID.randomUUID() + "@example.com";
		String password = "correct horse battery staple";
		assertThat(this.api
			.post("/api/auth/register", Map.of("email", email, "password", password, "displayName", name), null)
			.status()).isEqualTo(201);
		Member member = new Member(name, this.api.login(email, password));
		awaitPoints(member, 10);
		return member;
	}

	void awaitPoints(Member member, long points) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.api.get("/api/me/progress", member.token()).body().path("points").asLong() == points);
	}

	void completeProfile(Member member) {
		assertThat(this.api.put("/api/me/profile", Profiles.complete(), member.token()).status()).isEqualTo(200);
		awaitPoints(member, 60);
	}

	void optIn(Member member, boolean optIn) {
		assertThat(this.api.patch("/api/me/settings", Map.of("leaderboardOptIn", optIn), member.token()).status())
			.isEqualTo(200);
	}

	JsonNode board(String period, Member caller) {
		var response = this.api.get("/api/leaderboards/" + period + "?limit=100", caller.token());
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	static JsonNode entryOf(JsonNode board, Member member) {
		for (JsonNode entry : board.path("entries")) {
			if (entry.path("displayName").asString().equals(member.name())) {
				return entry;
			}
		}
		return null;
	}

	@Test
	void optedInMembersRankByPointsAndTheCallerSeesTheirOwnRank() {
		Member leader = member("Leader");
		Member follower = member("Follower");
		Member shy = member("Shy");
		completeProfile(leader);
		completeProfile(shy);
		optIn(leader, true);
		optIn(follower, true);

		for (String period : new String[] { "weekly", "monthly", "all-time" }) {
			JsonNode board = board(period, follower);
			JsonNode leading = entryOf(board, leader);
			assertThat(leading).as(period).isNotNull();
			assertThat(leading.path("points").asLong()).isEqualTo(60);
			assertThat(leading.path("you").asBoolean()).isFalse();
			assertThat(entryOf(board, shy)).as("not opted in").isNull();
			JsonNode me = board.path("me");
			assertThat(board.path("optedIn").asBoolean()).isTrue();
			assertThat(me.path("points").asLong()).isEqualTo(10);
			assertThat(me.path("rank").asInt()).isGreaterThan(leading.path("rank").asInt());
			JsonNode following = entryOf(board, follower);
			if (following != null) {
				assertThat(following.path("rank").asInt()).isEqualTo(me.path("rank").asInt());
				assertThat(following.path("you").asBoolean()).isTrue();
			}
			JsonNode leaderView = board(period, leader).path("me");
			assertThat(leaderView.path("rank").asInt()).isEqualTo(leading.path("rank").asInt());
		}

		JsonNode shyView = board("all-time", shy);
		assertThat(shyView.path("optedIn").asBoolean()).isFalse();
		assertThat(shyView.path("me").isNull()).isTrue();
	}

	@Test
	void pointsEarnedAfterOptingInAndOptingOutShowAtOnce() {
		Member member = member("Climber");
		optIn(member, true);
		assertThat(entryOf(board("weekly", member), member).path("points").asLong()).isEqualTo(10);

		completeProfile(member);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(entryOf(board("weekly", member), member).path("points").asLong()).isEqualTo(60));
		assertThat(board("all-time", member).path("me").path("points").asLong()).isEqualTo(60);

		optIn(member, false);
		JsonNode board = board("monthly", member);
		assertThat(entryOf(board, member)).isNull();
		assertThat(board.path("me").isNull()).isTrue();
		assertThat(board.path("optedIn").asBoolean()).isFalse();
	}

	@Test
	void aPeriodOtherThanWeekMonthOrAllTimeIsNotFoundAndTheLimitIsChecked() {
		Member member = member("Curious");
		assertThat(this.api.get("/api/leaderboards/yearly", member.token()).status()).isEqualTo(404);
		assertThat(this.api.get("/api/leaderboards/weekly?limit=101", member.token()).status()).isEqualTo(400);
		assertThat(this.api.get("/api/leaderboards/weekly", null).status()).isEqualTo(401);
	}

}
