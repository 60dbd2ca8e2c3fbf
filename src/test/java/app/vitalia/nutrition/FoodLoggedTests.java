package app.vitalia.nutrition;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.vitalia.members.MemberId;
import app.vitalia.nutrition.DiaryViews.EntryView;
import app.vitalia.nutrition.catalog.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class FoodLoggedTests {

	@Autowired
	FoodDiary diary;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void loggingAndCopyingPublishFoodLogged(ApplicationEvents events) {
		UUID member = UUID.randomUUID();
		UUID apple = this.jdbc.queryForObject(
				"select id from nutrition_food where source = 'STARTER' and source_id = 'manzana'", UUID.class);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		EntryView entry = this.diary.log(member, today, Meal.SNACK, apple,
				new FoodDiary.Amount(null, "1 mediana", null, null), Language.ES);

		assertThat(events.stream(FoodLogged.class))
			.containsExactly(new FoodLogged(MemberId.of(member), entry.id(), today, Meal.SNACK, apple, 94.64));

		this.diary.copy(member, today, today.plusDays(1), null, Language.ES);
		assertThat(events.stream(FoodLogged.class)).hasSize(2)
			.last()
			.satisfies(copy -> assertThat(copy.date()).isEqualTo(today.plusDays(1)));
	}

}
