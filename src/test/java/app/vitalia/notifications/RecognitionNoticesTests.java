package app.vitalia.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.members.MemberId;
import app.vitalia.recognition.MealPhotoAnalysed;
import app.vitalia.recognition.PhotoStatus;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A meal photo's analysis as recognition publishes it: the notice says what was found,
 * and a photo in which nothing was recognised (or a server without a recogniser) asks for
 * the food by hand rather than for "0 foods" to be confirmed. A failed analysis sends
 * nothing.
 */
class RecognitionNoticesTests extends HttpTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theNoticeSaysWhatThePhotoGaveInTheMembersLanguage() {
		String email = "photo-notice-" + UUID.randomUUID() + "@example.com";
		this.api.post("/api/auth/register", Map.of("email", email, "password", "correct horse battery staple",
				"displayName", "Rosa", "locale", "es"), null);
		String token = this.api.login(email, "correct horse battery staple");
		MemberId member = MemberId.of(UUID.fromString(this.api.get("/api/me", token).text("id")));

		publish(new MealPhotoAnalysed(member, UUID.randomUUID(), PhotoStatus.FAILED, 0));
		publish(new MealPhotoAnalysed(member, UUID.randomUUID(), PhotoStatus.READY, 3));
		publish(new MealPhotoAnalysed(member, UUID.randomUUID(), PhotoStatus.READY, 1));
		publish(new MealPhotoAnalysed(member, UUID.randomUUID(), PhotoStatus.NO_FOOD, 0));

		await().atMost(Duration.ofSeconds(20)).until(() -> bodies(token).size() == 3);
		// and stays three: the failed analysis (handled on its own thread) adds none
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> bodies(token).size() == 3);
		assertThat(bodies(token)).containsExactlyInAnyOrder(
				"Hemos encontrado 3 alimentos en tu foto. Revísalos y confírmalos en Hoy.",
				"Hemos encontrado 1 alimento en tu foto. Revísalo y confírmalo en Hoy.",
				"No hemos reconocido ningún alimento en tu foto. Añade lo que comiste en Hoy.");
	}

	List<String> bodies(String token) {
		List<String> bodies = new ArrayList<>();
		for (JsonNode item : this.api.get("/api/me/notifications?size=100", token).body().path("content")) {
			if (item.path("kind").asString().equals("MEAL_PHOTO_READY")) {
				bodies.add(item.path("body").asString());
			}
		}
		return bodies;
	}

	void publish(Object event) {
		this.transactions.executeWithoutResult(tx -> this.events.publishEvent(event));
	}

}
