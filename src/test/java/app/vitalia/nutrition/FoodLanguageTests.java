package app.vitalia.nutrition;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Food names and portion labels follow {@code lang}, then the account's language, then
 * {@code Accept-Language}, on every endpoint that renders foods.
 */
class FoodLanguageTests extends HttpTest {

	Response get(String path, String token, String acceptLanguage) {
		return this.api.raw(this.api.builder(path, token).header("Accept-Language", acceptLanguage).GET());
	}

	Response post(String path, String body, String token, String acceptLanguage) {
		return this.api.raw(this.api.builder(path, token)
			.header("Accept-Language", acceptLanguage)
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
	}

	String memberSpeaking(String locale) {
		String token = this.api.newMember();
		Response changed = this.api.patch("/api/me", Map.of("locale", locale), token);
		assertThat(changed.status()).isEqualTo(200);
		return token;
	}

	static JsonNode first(Response page) {
		assertThat(page.status()).isEqualTo(200);
		return page.body().path("content").get(0);
	}

	@Test
	void anEnglishAccountGetsEnglishNamesEvenWhenTheBrowserAsksForSpanish() {
		String token = memberSpeaking("en");

		JsonNode banana = first(get("/api/foods?q=platan", token, "es-ES,es;q=0.9"));
		assertThat(banana.path("name").asString()).isEqualTo("Banana");
		assertThat(banana.path("portions").get(0).path("label").asString()).isEqualTo("1 medium");
		String id = banana.path("id").asString();
		assertThat(get("/api/foods/" + id, token, "es").text("name")).isEqualTo("Banana");

		String today = LocalDate.now(ZoneOffset.UTC).toString();
		Response logged = post("/api/diary/entries",
				"{\"date\":\"" + today + "\",\"meal\":\"SNACK\",\"foodId\":\"" + id + "\",\"grams\":100}", token, "es");
		assertThat(logged.status()).isEqualTo(201);
		assertThat(logged.text("foodName")).isEqualTo("Banana");
		assertThat(get("/api/diary/" + today, token, "es").body().toString()).contains("\"Banana\"")
			.doesNotContain("Plátano");
		assertThat(get("/api/diary/recent-foods", token, "es").body().get(0).path("food").path("name").asString())
			.isEqualTo("Banana");

		Response recipe = post("/api/recipes", "{\"nameEs\":\"Batido\",\"nameEn\":\"Smoothie\",\"servings\":1,"
				+ "\"ingredients\":[{\"foodId\":\"" + id + "\",\"grams\":120}]}", token, "es");
		assertThat(recipe.status()).isEqualTo(201);
		assertThat(recipe.text("name")).isEqualTo("Smoothie");
		assertThat(recipe.body().path("ingredients").get(0).path("name").asString()).isEqualTo("Banana");
		assertThat(get("/api/recipes", token, "es").body().get(0).path("name").asString()).isEqualTo("Smoothie");
	}

	@Test
	void aSpanishAccountGetsSpanishNamesEvenWhenTheBrowserAsksForEnglish() {
		String token = memberSpeaking("es");

		JsonNode banana = first(get("/api/foods?q=platan", token, "en-US,en;q=0.9"));
		assertThat(banana.path("name").asString()).isEqualTo("Plátano");
		assertThat(banana.path("portions").get(0).path("label").asString()).isEqualTo("1 mediano");
		assertThat(get("/api/foods/" + banana.path("id").asString(), token, "en").text("name")).isEqualTo("Plátano");
	}

	@Test
	void anExplicitLangParameterWinsOverTheAccount() {
		String token = memberSpeaking("es");
		assertThat(first(get("/api/foods?q=platan&lang=en", token, "es")).path("name").asString()).isEqualTo("Banana");

		Response unknown = get("/api/foods?q=platan&lang=fr", token, "es");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.contentType()).contains("application/problem+json");
		assertThat(unknown.body().path("errors").get(0).path("field").asString()).isEqualTo("lang");
	}

	@Test
	void followsTheAccountAfterItsLanguageChanges() {
		String token = memberSpeaking("en");
		assertThat(first(get("/api/foods?q=platan", token, "es")).path("name").asString()).isEqualTo("Banana");
		this.api.patch("/api/me", Map.of("locale", "es"), token);
		assertThat(first(get("/api/foods?q=platan", token, "en")).path("name").asString()).isEqualTo("Plátano");
	}

	@Test
	void diaryEntriesAndExportsShowTheFoodInTheLanguageTheViewerSpeaksNow() {
		String token = memberSpeaking("es");
		String id = first(get("/api/foods?q=platano", token, "es")).path("id").asString();
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		Response logged = post("/api/diary/entries", "{\"date\":\"" + today + "\",\"meal\":\"BREAKFAST\",\"foodId\":\""
				+ id + "\",\"portionIndex\":0,\"quantity\":2}", token, "es");
		assertThat(logged.text("foodName")).isEqualTo("Plátano");
		assertThat(logged.body().path("portion").path("label").asString()).isEqualTo("1 mediano");

		assertThat(this.api.patch("/api/me", Map.of("locale", "en"), token).status()).isEqualTo(200);

		JsonNode entry = get("/api/diary/" + today, token, "es").body().path("meals").get(0).path("entries").get(0);
		assertThat(entry.path("foodName").asString()).isEqualTo("Banana");
		assertThat(entry.path("portion").path("label").asString()).isEqualTo("1 medium");
		assertThat(entry.path("portion").path("quantity").asDouble()).isEqualTo(2d);
		assertThat(get("/api/diary/recent-foods", token, "es").body().get(0).path("food").path("name").asString())
			.isEqualTo("Banana");
		String csv = get("/api/diary/export?format=csv&from=" + today + "&to=" + today, token, "es").raw().body();
		assertThat(csv).contains(",Breakfast,Banana,1 medium,2,236,").doesNotContain("Plátano");
	}

	@Test
	void foodGroupsAreShownInSpanishToSpanishSpeakers() {
		String spanish = memberSpeaking("es");
		assertThat(first(get("/api/foods?q=manzana", spanish, "es")).path("foodGroup").asString())
			.isEqualTo("Frutas y zumos de fruta");
		String english = memberSpeaking("en");
		assertThat(first(get("/api/foods?q=apple", english, "en")).path("foodGroup").asString())
			.isEqualTo("Fruits and Fruit Juices");
	}

}
