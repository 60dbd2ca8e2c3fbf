package app.vitalia.nutrition;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.vitalia.support.Api;
import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FoodApiTests {

	@LocalServerPort
	int port;

	Api api;

	String token;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.token = this.api.newMember();
	}

	Response search(String query, String token, String language) {
		return this.api
			.raw(this.api.builder("/api/foods?size=10&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token)
				.header("Accept-Language", language)
				.GET());
	}

	static List<String> names(Response response) {
		List<String> names = new ArrayList<>();
		for (JsonNode food : response.body().path("content")) {
			names.add(food.path("name").asString());
		}
		return names;
	}

	@Test
	void findsStarterFoodsByPrefixWithoutAccentsInSpanishByDefault() {
		Response found = this.api.get("/api/foods?q=platan", this.token);
		assertThat(found.status()).isEqualTo(200);
		JsonNode first = found.body().path("content").get(0);
		assertThat(first.path("name").asString()).isEqualTo("Plátano");
		assertThat(first.path("nameEn").asString()).isEqualTo("Banana");
		assertThat(first.path("source").asString()).isEqualTo("STARTER");
		assertThat(first.path("per100g").path("kcal").asDouble()).isEqualTo(89d);
		assertThat(first.path("portions").get(0).path("label").asString()).isEqualTo("1 mediano");
		assertThat(found.body().path("totalElements").asLong()).isPositive();
		assertThat(found.body().path("size").asInt()).isEqualTo(20);
	}

	@Test
	void answersInEnglishForEnglishAccountsAndFindsEnglishNames() {
		this.api.patch("/api/me", Map.of("locale", "en"), this.token);
		Response found = search("apple", this.token, "en-US,en;q=0.9");
		assertThat(names(found)).contains("Apple");
		assertThat(found.body().path("content").get(0).path("portions").get(0).path("label").asString())
			.startsWith("1 ");
	}

	@Test
	void limitsQueriesAndPageSizes() {
		Response tooLong = this.api.get("/api/foods?q=" + "a".repeat(101), this.token);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body().path("errors").get(0).path("field").asString()).isEqualTo("q");
		assertThat(this.api.get("/api/foods?q=a&size=100", this.token).body().path("size").asInt()).isEqualTo(50);
		assertThat(this.api.get("/api/foods?q=a&size=500", this.token).status()).isEqualTo(400);
		assertThat(this.api.get("/api/foods?q=a&page=-1", this.token).status()).isEqualTo(400);
		assertThat(this.api.get("/api/foods?q=manzana", null).status()).isEqualTo(401);
	}

	@Test
	void customFoodsArePrivateToTheirOwner() {
		String unique = "Bizcocho de la abuela " + System.nanoTime();
		Response created = this.api.post("/api/foods/custom",
				Map.of("nameEs", unique, "per100g",
						Map.of("kcal", 350, "proteinG", 6, "fatG", 14, "carbsG", 50, "sugarsG", 30), "portions",
						List.of(Map.of("label", "1 porción", "grams", 80))),
				this.token);
		assertThat(created.status()).isEqualTo(201);
		String id = created.text("id");
		assertThat(created.text("source")).isEqualTo("CUSTOM");
		assertThat(created.body().path("per100g").path("fiberG").isNull()).isTrue();

		assertThat(names(search(unique, this.token, "es"))).containsExactly(unique);
		assertThat(this.api.get("/api/foods/custom", this.token).body().size()).isEqualTo(1);

		String stranger = this.api.newMember();
		assertThat(names(search(unique, stranger, "es"))).isEmpty();
		assertThat(this.api.get("/api/foods/" + id, stranger).status()).isEqualTo(404);
		assertThat(this.api.put("/api/foods/custom/" + id,
				Map.of("nameEs", "x", "per100g", Map.of("kcal", 1, "proteinG", 0, "fatG", 0, "carbsG", 0)), stranger)
			.status()).isEqualTo(404);
		assertThat(this.api.delete("/api/foods/custom/" + id, stranger).status()).isEqualTo(404);

		Response updated = this.api.put("/api/foods/custom/" + id, Map.of("nameEs", unique + " light", "per100g",
				Map.of("kcal", 300, "proteinG", 6, "fatG", 10, "carbsG", 50)), this.token);
		assertThat(updated.body().path("per100g").path("kcal").asDouble()).isEqualTo(300d);
		// search follows the owner's changes at once
		assertThat(names(search(unique, this.token, "es"))).containsExactly(unique + " light");
		assertThat(this.api.delete("/api/foods/custom/" + id, this.token).status()).isEqualTo(204);
		assertThat(names(search(unique, this.token, "es"))).isEmpty();
		assertThat(this.api.get("/api/foods/" + id, this.token).status()).isEqualTo(404);
	}

	@Test
	void refusesCustomFoodsWithoutNameOrWithImpossibleValues() {
		Response nameless = this.api.post("/api/foods/custom",
				Map.of("per100g", Map.of("kcal", 100, "proteinG", 1, "fatG", 1, "carbsG", 1)), this.token);
		assertThat(nameless.status()).isEqualTo(400);
		assertThat(nameless.body().path("errors").get(0).path("code").asString()).isEqualTo("NAME_REQUIRED");
		Response impossible = this.api.post("/api/foods/custom",
				Map.of("nameEs", "x", "per100g", Map.of("kcal", 100, "proteinG", 150, "fatG", 1, "carbsG", 1)),
				this.token);
		assertThat(impossible.status()).isEqualTo(400);
	}

}
