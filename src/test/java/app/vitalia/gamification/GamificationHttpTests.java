package app.vitalia.gamification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.vitalia.members.MemberId;
import app.vitalia.nutrition.DiaryEntryId;
import app.vitalia.nutrition.FoodId;
import app.vitalia.nutrition.FoodLogged;
import app.vitalia.nutrition.FoodsLogged;
import app.vitalia.nutrition.Meal;
import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import app.vitalia.support.Profiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class GamificationHttpTests extends HttpTest {

	static final Pattern TOKEN = Pattern.compile("verify-email\\?token=([A-Za-z0-9_-]{43})");

	JsonNode progressOnceAt(String token, long points) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.api.get("/api/me/progress", token).body().path("points").asLong() == points);
		return this.api.get("/api/me/progress", token).body();
	}

	@Test
	void aCompletedProfileEarnsFiftyPointsAndItsBadgeOnTopOfTheFirstSignIn() {
		String token = this.api.newMember();
		assertThat(this.api.put("/api/me/profile", Profiles.complete(), token).status()).isEqualTo(200);
		JsonNode progress = progressOnceAt(token, 60);
		assertThat(progress.path("level").asInt()).isEqualTo(1);
		assertThat(progress.path("badges")).hasSize(1);
		assertThat(progress.path("badges").get(0).path("code").asString()).isEqualTo("PROFILE_COMPLETE");
		assertThat(progress.path("badges").get(0).path("name").path("es").asString()).isEqualTo("Perfil completo");
		assertThat(progress.path("lockedBadges").toString()).contains("WEEKLY_STREAK");
		assertThat(progress.path("recentAwards")).hasSize(2);
		assertThat(progress.path("leaderboardOptIn").asBoolean()).isFalse();

		// a second profile save is no new completion: the total stays
		assertThat(this.api.put("/api/me/profile", Profiles.complete(), token).status()).isEqualTo(200);
		assertThat(this.api.get("/api/me/progress", token).body().path("points").asLong()).isEqualTo(60);
	}

	@Autowired
	NutritionActions nutritionActions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sevenDaysOfLoggedFoodEarnTheWeeklyStreakOnceEvenWhenTheBatchComesAgain() {
		String token = this.api.newMember();
		assertThat(this.api.put("/api/me/profile", Profiles.complete(), token).status()).isEqualTo(200);
		progressOnceAt(token, 60);
		String apple = this.api.get("/api/foods?q=manzana", token).body().path("content").get(0).path("id").asString();
		LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(9);
		List<FoodLogged> logged = new ArrayList<>();
		UUID member = UUID.fromString(this.api.get("/api/me", token).body().path("id").asString());
		for (int day = 0; day < 7; day++) {
			for (String meal : List.of("LUNCH", "DINNER")) {
				Response entry = this.api.post("/api/diary/entries",
						Map.of("date", start.plusDays(day).toString(), "meal", meal, "foodId", apple, "grams", 150),
						token);
				assertThat(entry.status()).isEqualTo(201);
				logged.add(new FoodLogged(MemberId.of(member), DiaryEntryId.of(UUID.fromString(entry.text("id"))),
						start.plusDays(day), Meal.valueOf(meal), FoodId.of(UUID.fromString(apple)), 78.0));
			}
		}

		JsonNode progress = progressOnceAt(token, 160);
		assertThat(progress.path("streak").path("longest").asInt()).isEqualTo(7);
		assertThat(progress.path("badges").toString()).contains("WEEKLY_STREAK");
		assertThat(countEvents(member)).isEqualTo(14);

		// the same entries delivered again (a redelivery after a crash) log and award
		// nothing
		this.nutritionActions.on(new FoodsLogged(logged));
		assertThat(countEvents(member)).isEqualTo(14);
		assertThat(this.api.get("/api/me/progress", token).body().path("points").asLong()).isEqualTo(160);
	}

	private int countEvents(UUID member) {
		return this.jdbc.queryForObject(
				"select count(*) from gamification_event where member_id = ? and type = 'FOOD_LOGGED'", Integer.class,
				member);
	}

	@Test
	void rulesAreValidatedAndAdminsOnly() {
		String admin = this.api.admin();
		Map<String, Object> rule = new HashMap<>();
		rule.put("code", "BAD_RULE");
		rule.put("name", Map.of("es", "Mala", "en", "Bad"));
		rule.put("trigger", "TELEPORTED");
		rule.put("condition", Map.of("kind", "STREAK", "days", 400));
		rule.put("points", -5);
		Response refused = this.api.post("/api/admin/gamification/rules", rule, admin);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body().path("errors").toString()).contains("UNKNOWN_TRIGGER", "NEGATIVE_POINTS",
				"condition.days");

		rule.put("trigger", "APPOINTMENT_COMPLETED");
		rule.put("condition", Map.of("kind", "COUNT", "n", 3, "withinDays", 90));
		rule.put("points", 30);
		rule.put("code", "VISITS_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
		Response created = this.api.post("/api/admin/gamification/rules", rule, admin);
		assertThat(created.status()).isEqualTo(201);
		assertThat(this.api.post("/api/admin/gamification/rules", rule, admin).status()).isEqualTo(409);
		rule.put("badgeCode", "NO_SUCH_BADGE");
		assertThat(this.api.put("/api/admin/gamification/rules/" + rule.get("code"), rule, admin).text("code"))
			.isEqualTo("UNKNOWN_BADGE");
		assertThat(this.api.delete("/api/admin/gamification/rules/" + rule.get("code"), admin).status()).isEqualTo(204);

		assertThat(this.api.get("/api/admin/gamification/rules", this.api.newMember()).status()).isEqualTo(403);
		assertThat(this.api.get("/api/admin/gamification/badges", admin).body().toString())
			.contains("Constancia semanal");
		assertThat(this.api.delete("/api/admin/gamification/badges/PROFILE_COMPLETE", admin).text("code"))
			.isEqualTo("BADGE_IN_USE");
	}

	@Test
	void leaderboardsShowOnlyMembersWhoOptedIn() {
		String shy = this.api.newMember();
		String proud = this.api.newMember();
		this.api.put("/api/me/profile", Profiles.complete(), shy);
		this.api.put("/api/me/profile", Profiles.complete(), proud);
		progressOnceAt(shy, 60);
		progressOnceAt(proud, 60);
		assertThat(this.api.patch("/api/me/settings", Map.of("leaderboardOptIn", true), proud).status()).isEqualTo(200);

		JsonNode board = this.api.get("/api/leaderboards/all-time?limit=100", shy).body();
		assertThat(board.path("optedIn").asBoolean()).isFalse();
		assertThat(board.path("me").isNull()).isTrue();
		JsonNode mine = this.api.get("/api/leaderboards/weekly?limit=100", proud).body();
		assertThat(mine.path("me").path("points").asLong()).isEqualTo(60);
		assertThat(mine.path("me").path("rank").asInt()).isPositive();

		assertThat(this.api.get("/api/leaderboards/yearly", proud).status()).isEqualTo(404);
		assertThat(this.api.get("/api/leaderboards/weekly?limit=0", proud).status()).isEqualTo(400);
	}

	@Test
	void anAcceptedInvitationGivesTheInviterSeventyFivePoints() {
		String inviterEmail = "inviter-" + UUID.randomUUID() + "@example.com";
		this.api.post("/api/auth/register",
				Map.of("email", inviterEmail, "password", "correct horse battery staple", "displayName", "Inviter"),
				null);
		String inviter = this.api.login(inviterEmail, "correct horse battery staple");
		progressOnceAt(inviter, 10);

		assertThat(
				this.api.post("/api/me/invitations", Map.of("email", inviterEmail.toUpperCase()), inviter).text("code"))
			.isEqualTo("SELF_INVITATION");
		assertThat(this.api.post("/api/me/invitations", Map.of("email", "not an address"), inviter).status())
			.isEqualTo(400);
		String friend = "friend-" + UUID.randomUUID() + "@example.com";
		assertThat(this.api.post("/api/me/invitations", Map.of("email", friend), inviter).status()).isEqualTo(201);
		Response again = this.api.post("/api/me/invitations", Map.of("email", friend), inviter);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("code")).isEqualTo("ALREADY_INVITED");

		this.api.post("/api/auth/register",
				Map.of("email", friend, "password", "correct horse battery staple", "displayName", "Friend"), null);
		Matcher link = TOKEN
			.matcher(this.api.lastEmailTo(friend, mail -> mail.path("body").asString().contains("/verify-email"))
				.path("body")
				.asString());
		assertThat(link.find()).isTrue();
		assertThat(this.api.post("/api/auth/verify-email", Map.of("token", link.group(1)), null).status())
			.isEqualTo(204);
		progressOnceAt(inviter, 85);
		assertThat(this.api.get("/api/me/invitations", inviter).body().get(0).path("accepted").asBoolean()).isTrue();
	}

}
