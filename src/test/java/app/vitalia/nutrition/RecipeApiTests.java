package app.vitalia.nutrition;

import java.util.List;
import java.util.Map;

import app.vitalia.support.Api;
import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RecipeApiTests {

	@LocalServerPort
	int port;

	Api api;

	String token;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.token = this.api.newMember();
	}

	String food(String query) {
		return this.api.get("/api/foods?q=" + query, this.token).body().path("content").get(0).path("id").asString();
	}

	@Test
	void computesPerServingAndPer100GramsAndStaysPrivate() {
		String oats = food("copos%20de%20avena");
		String milk = food("leche%20entera");
		Response created = this.api.post("/api/recipes",
				Map.of("nameEs", "Porridge de la casa", "servings", 2, "ingredients",
						List.of(Map.of("foodId", oats, "grams", 80), Map.of("foodId", milk, "grams", 320))),
				this.token);
		assertThat(created.status()).isEqualTo(201);
		// 80 g oats (379 kcal/100 g) + 320 g milk (61 kcal/100 g) = 498.4 kcal in 400 g
		assertThat(created.body().path("totalGrams").asDouble()).isEqualTo(400d);
		assertThat(created.body().path("per100g").path("kcal").asDouble()).isEqualTo(124.6);
		assertThat(created.body().path("perServing").path("kcal").asDouble()).isEqualTo(249.2);
		assertThat(created.body().path("portions").get(0).path("grams").asDouble()).isEqualTo(200d);
		assertThat(created.body().path("ingredients").get(0).path("name").asString()).isEqualTo("Copos de avena");
		String id = created.text("id");

		Response logged = this.api.post("/api/diary/entries",
				Map.of("date", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), "meal", "BREAKFAST",
						"foodId", id, "portionIndex", 0),
				this.token);
		assertThat(logged.status()).isEqualTo(201);
		assertThat(logged.body().path("nutrients").path("kcal").asDouble()).isEqualTo(249.2);

		String stranger = this.api.newMember();
		assertThat(this.api.get("/api/recipes/" + id, stranger).status()).isEqualTo(404);
		assertThat(this.api.get("/api/foods/" + id, stranger).status()).isEqualTo(404);
		assertThat(this.api.delete("/api/recipes/" + id, stranger).status()).isEqualTo(404);
		assertThat(this.api.get("/api/recipes", this.token).body().size()).isEqualTo(1);
		assertThat(this.api.delete("/api/recipes/" + id, this.token).status()).isEqualTo(204);
	}

	@Test
	void refusesUnknownIngredientsAndEmptyRecipes() {
		Response unknown = this.api.post("/api/recipes", Map.of("nameEs", "x", "servings", 1, "ingredients",
				List.of(Map.of("foodId", java.util.UUID.randomUUID().toString(), "grams", 10))), this.token);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().path("errors").get(0).path("field").asString()).isEqualTo("ingredients[0].foodId");
		Response empty = this.api.post("/api/recipes", Map.of("nameEs", "x", "servings", 1, "ingredients", List.of()),
				this.token);
		assertThat(empty.status()).isEqualTo(400);
	}

}
