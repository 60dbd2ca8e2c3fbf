package app.vitalia.nutrition;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.nutrition.undo.DeletedEntries;
import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class DiaryApiTests extends HttpTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeletedEntries deletedEntries;

	String token;

	String today;

	@BeforeEach
	void setUp() {
		this.token = this.api.newMember();
		// members without a profile live in UTC
		this.today = LocalDate.now(ZoneOffset.UTC).toString();
	}

	String starterFood(String query) {
		return this.api.get("/api/foods?q=" + query, this.token).body().path("content").get(0).path("id").asString();
	}

	Response log(String foodId, String meal, Map<String, Object> amount) {
		Map<String, Object> body = new java.util.HashMap<>(amount);
		body.put("date", this.today);
		body.put("meal", meal);
		body.put("foodId", foodId);
		return this.api.post("/api/diary/entries", body, this.token);
	}

	@Test
	void logsFoodsByGramsOrPortionAndTotalsTheDayByMeal() {
		String banana = starterFood("platano");
		Response byPortion = log(banana, "BREAKFAST", Map.of("portionLabel", "1 mediano", "quantity", 2));
		assertThat(byPortion.status()).isEqualTo(201);
		assertThat(byPortion.text("foodName")).isEqualTo("Plátano");
		assertThat(byPortion.body().path("grams").asDouble()).isEqualTo(236d);
		assertThat(byPortion.body().path("portion").path("label").asString()).isEqualTo("1 mediano");
		assertThat(byPortion.body().path("portion").path("quantity").asDouble()).isEqualTo(2d);
		assertThat(byPortion.body().path("portion").path("grams").asDouble()).isEqualTo(118d);
		assertThat(byPortion.body().path("nutrients").path("kcal").asDouble()).isEqualTo(210.04);

		String rice = starterFood("arroz%20blanco%20cocido");
		Response byGrams = log(rice, "LUNCH", Map.of("grams", 200));
		assertThat(byGrams.body().path("portion").isNull()).isTrue();
		assertThat(byGrams.body().path("nutrients").path("kcal").asDouble()).isEqualTo(260d);
		Response byIndex = log(rice, "DINNER", Map.of("portionIndex", 0));
		assertThat(byIndex.body().path("grams").asDouble()).isEqualTo(158d);

		Response day = this.api.get("/api/diary/" + this.today, this.token);
		assertThat(day.status()).isEqualTo(200);
		JsonNode meals = day.body().path("meals");
		assertThat(meals.get(0).path("meal").asString()).isEqualTo("BREAKFAST");
		assertThat(meals.get(0).path("entries").size()).isEqualTo(1);
		assertThat(meals.get(3).path("entries").size()).isZero();
		assertThat(day.body().path("totals").path("kcal").asDouble()).isCloseTo(675.44,
				org.assertj.core.api.Assertions.within(0.001));
		assertThat(day.body().path("targets").isNull()).isTrue();
		assertThat(day.body().path("remaining").isNull()).isTrue();
	}

	@Test
	void remainingFollowsTheMembersTargets() {
		Response targets = this.api.put("/api/me/targets",
				Map.of("calories", 2000, "proteinG", 100, "fatG", 70, "carbsG", 240), this.token);
		assertThat(targets.status()).isEqualTo(200);
		log(starterFood("arroz%20blanco%20cocido"), "LUNCH", Map.of("grams", 100));
		JsonNode day = this.api.get("/api/diary/" + this.today, this.token).body();
		assertThat(day.path("targets").path("calories").asInt()).isEqualTo(2000);
		assertThat(day.path("remaining").path("kcal").asDouble()).isEqualTo(1870d);
		assertThat(day.path("remaining").path("carbsG").asDouble()).isEqualTo(211.8);
	}

	@Test
	void changesAndDeletesOnlyTheirOwnEntries() {
		String id = log(starterFood("manzana"), "SNACK", Map.of("grams", 100)).text("id");
		String stranger = this.api.newMember();
		assertThat(this.api.patch("/api/diary/entries/" + id, Map.of("grams", 50), stranger).status()).isEqualTo(404);
		assertThat(this.api.delete("/api/diary/entries/" + id, stranger).status()).isEqualTo(404);

		Response changed = this.api.patch("/api/diary/entries/" + id, Map.of("grams", 200, "meal", "LUNCH"),
				this.token);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().path("nutrients").path("kcal").asDouble()).isEqualTo(104d);
		assertThat(changed.text("meal")).isEqualTo("LUNCH");
		assertThat(changed.body().path("portion").isNull()).isTrue();
		Response noPortion = this.api.patch("/api/diary/entries/" + id, Map.of("quantity", 2), this.token);
		assertThat(noPortion.status()).isEqualTo(400);
		assertThat(noPortion.body().path("errors").get(0).path("code").asString()).isEqualTo("NO_PORTION");
		assertThat(this.api.delete("/api/diary/entries/" + id, this.token).status()).isEqualTo(204);
		assertThat(this.api.delete("/api/diary/entries/" + id, this.token).status()).isEqualTo(404);
	}

	@Test
	void undoBringsBackTheDeletedEntryAsItWasEvenWhenItsFoodIsGone() {
		Response food = this.api.post("/api/foods/custom",
				Map.of("nameEs", "Bizcocho de la abuela", "per100g",
						Map.of("kcal", 380, "proteinG", 6, "fatG", 18, "carbsG", 48), "portions",
						List.of(Map.of("label", "1 porción", "grams", 80))),
				this.token);
		assertThat(food.status()).as(food.body().toString()).isEqualTo(201);
		Response logged = log(food.text("id"), "SNACK", Map.of("portionLabel", "1 porción", "quantity", 2));
		assertThat(logged.status()).isEqualTo(201);
		String id = logged.text("id");
		assertThat(this.api.delete("/api/diary/entries/" + id, this.token).status()).isEqualTo(204);
		assertThat(this.api.delete("/api/foods/custom/" + food.text("id"), this.token).status()).isEqualTo(204);
		String stranger = this.api.newMember();
		assertThat(this.api.post("/api/diary/entries/" + id + "/restore", Map.of(), stranger).status()).isEqualTo(404);

		Response restored = this.api.post("/api/diary/entries/" + id + "/restore", Map.of(), this.token);
		assertThat(restored.status()).as(restored.body().toString()).isEqualTo(200);
		assertThat(restored.body()).isEqualTo(logged.body());
		JsonNode snack = this.api.get("/api/diary/" + this.today, this.token).body().path("meals").get(3);
		assertThat(snack.path("entries").get(0)).isEqualTo(logged.body());

		Response again = this.api.post("/api/diary/entries/" + id + "/restore", Map.of(), this.token);
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.text("code")).isEqualTo("DELETED_ENTRY_NOT_FOUND");
		assertThat(this.api.post("/api/diary/entries/" + UUID.randomUUID() + "/restore", Map.of(), this.token).status())
			.isEqualTo(404);
	}

	@Test
	void undoIsOfferedForAnHourAndThenTheDeletedEntryIsForgotten() {
		String id = log(starterFood("manzana"), "LUNCH", Map.of("grams", 150)).text("id");
		assertThat(this.api.delete("/api/diary/entries/" + id, this.token).status()).isEqualTo(204);
		this.jdbc.update("update nutrition_diary_entry_deleted set deleted_at = ? where id = ?",
				Timestamp.from(Instant.now().minus(DeletedEntries.UNDO_WINDOW).minusSeconds(1)), UUID.fromString(id));

		assertThat(this.api.post("/api/diary/entries/" + id + "/restore", Map.of(), this.token).status())
			.isEqualTo(404);
		// the sweep forgets it, and keeps one deleted a moment ago
		String next = log(starterFood("manzana"), "LUNCH", Map.of("grams", 100)).text("id");
		assertThat(this.api.delete("/api/diary/entries/" + next, this.token).status()).isEqualTo(204);
		assertThat(this.deletedEntries.forgetOld()).isPositive();
		assertThat(kept(id)).isZero();
		assertThat(kept(next)).isOne();
	}

	private int kept(String id) {
		Integer count = this.jdbc.queryForObject("select count(*) from nutrition_diary_entry_deleted where id = ?",
				Integer.class, UUID.fromString(id));
		return count == null ? 0 : count;
	}

	@Test
	void anEntryLoggedInPortionsChangesByQuantityAndKeepsThePortionUntilGramsAreTyped() {
		String id = log(starterFood("platano"), "BREAKFAST", Map.of("portionIndex", 0, "quantity", 2)).text("id");

		Response three = this.api.patch("/api/diary/entries/" + id, Map.of("quantity", 3), this.token);
		assertThat(three.status()).isEqualTo(200);
		assertThat(three.body().path("grams").asDouble()).isEqualTo(354d);
		assertThat(three.body().path("portion").path("quantity").asDouble()).isEqualTo(3d);
		assertThat(three.body().path("nutrients").path("kcal").asDouble()).isEqualTo(315.06);
		String tomorrow = LocalDate.parse(this.today).plusDays(1).toString();
		JsonNode copy = this.api.post("/api/diary/copy", Map.of("fromDate", this.today, "toDate", tomorrow), this.token)
			.body()
			.get(0);
		assertThat(copy.path("portion").path("label").asString()).isEqualTo("1 mediano");
		assertThat(this.api.patch("/api/diary/entries/" + id, Map.of("quantity", 1, "grams", 10), this.token).status())
			.isEqualTo(400);

		Response grams = this.api.patch("/api/diary/entries/" + id, Map.of("grams", 100), this.token);
		assertThat(grams.body().path("portion").isNull()).isTrue();
		assertThat(grams.body().path("grams").asDouble()).isEqualTo(100d);
	}

	@Test
	void refusesUnknownFoodsPortionsAndAbsurdDates() {
		String apple = starterFood("manzana");
		assertThat(log(java.util.UUID.randomUUID().toString(), "LUNCH", Map.of("grams", 100)).status()).isEqualTo(404);
		Response noPortion = log(apple, "LUNCH", Map.of("portionLabel", "1 barrel"));
		assertThat(noPortion.status()).isEqualTo(400);
		assertThat(noPortion.body().path("errors").get(0).path("code").asString()).isEqualTo("UNKNOWN_PORTION");
		assertThat(log(apple, "LUNCH", Map.of()).status()).isEqualTo(400);
		assertThat(log(apple, "LUNCH", Map.of("grams", -5)).status()).isEqualTo(400);
		assertThat(log(apple, "BRUNCH", Map.of("grams", 5)).status()).isEqualTo(400);
		assertThat(this.api.get("/api/diary/1900-01-01", this.token).status()).isEqualTo(400);
		assertThat(this.api.get("/api/diary/3000-01-01", this.token).status()).isEqualTo(400);
		assertThat(this.api.get("/api/diary/not-a-date", this.token).status()).isEqualTo(400);
	}

	@Test
	void copiesAMealToAnotherDayAndOffersRecentAndFrequentFoods() {
		String apple = starterFood("manzana");
		String milk = starterFood("leche%20entera");
		log(apple, "BREAKFAST", Map.of("grams", 150));
		log(milk, "BREAKFAST", Map.of("grams", 250));
		log(apple, "SNACK", Map.of("grams", 100));
		String tomorrow = LocalDate.parse(this.today).plusDays(1).toString();

		Response copied = this.api.post("/api/diary/copy",
				Map.of("fromDate", this.today, "toDate", tomorrow, "meal", "BREAKFAST"), this.token);
		assertThat(copied.status()).isEqualTo(201);
		assertThat(copied.body().size()).isEqualTo(2);
		assertThat(this.api.get("/api/diary/" + tomorrow, this.token).body().path("totals").path("kcal").asDouble())
			.isEqualTo(78 + 152.5);

		JsonNode frequent = this.api.get("/api/diary/frequent-foods", this.token).body();
		assertThat(frequent.get(0).path("food").path("id").asString()).isEqualTo(apple);
		assertThat(frequent.get(0).path("timesLogged").asLong()).isEqualTo(3);
		JsonNode recent = this.api.get("/api/diary/recent-foods", this.token).body();
		assertThat(recent.size()).isEqualTo(2);
	}

	@Test
	void summarizesDaysAndExportsTheDiary() {
		String apple = starterFood("manzana");
		log(apple, "LUNCH", Map.of("grams", 100));
		String from = LocalDate.parse(this.today).minusDays(6).toString();
		Response summary = this.api.get("/api/diary/summary?from=" + from + "&to=" + this.today, this.token);
		assertThat(summary.status()).isEqualTo(200);
		assertThat(summary.body().path("days").size()).isEqualTo(1);
		assertThat(summary.body().path("averages").path("kcal").asDouble()).isEqualTo(52d);
		assertThat(summary.body().path("last7Days").path("daysLogged").asInt()).isEqualTo(1);
		assertThat(summary.body().path("last7Days").path("from").asString()).isEqualTo(from);
		assertThat(summary.body().path("last7Days").path("loggedDates").get(0).asString()).isEqualTo(this.today);
		assertThat(this.api.get("/api/diary/summary?from=" + this.today + "&to=" + from, this.token).status())
			.isEqualTo(400);
		String longAgo = LocalDate.parse(this.today).minusDays(400).toString();
		assertThat(this.api.get("/api/diary/summary?from=" + longAgo + "&to=" + this.today, this.token).status())
			.isEqualTo(400);

		Response csv = this.api.get("/api/diary/export?format=csv&from=" + from + "&to=" + this.today, this.token);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Disposition")).startsWith("attachment;").contains(".csv");
		assertThat(csv.raw().body())
			.startsWith("Fecha,Comida,Alimento,Porción,Cantidad,Gramos,kcal,Proteínas (g),Grasas (g),Hidratos (g),")
			.contains("\r\n" + this.today + ",Comida,Manzana,,,100,52,")
			.contains("\r\n" + this.today + ",Total del día,,,,100,52,");
		Response semicolons = this.api.get(
				"/api/diary/export?format=csv&separator=semicolon&bom=true&from=" + from + "&to=" + this.today,
				this.token);
		assertThat(semicolons.raw().body()).startsWith("\uFEFFFecha;Comida;Alimento;")
			.contains(this.today + ";Comida;Manzana;;;100;52;");
		Response json = this.api.get("/api/diary/export?format=json&from=" + from + "&to=" + this.today, this.token);
		assertThat(json.body().get(0).path("foodName").asString()).isEqualTo("Manzana");
		assertThat(this.api.get("/api/diary/export?format=xml&from=" + from + "&to=" + this.today, this.token).status())
			.isEqualTo(400);
	}

}
