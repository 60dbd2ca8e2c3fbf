package app.vitalia.nutrition;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import app.vitalia.members.MemberId;
import app.vitalia.nutrition.DiaryViews.EntryView;
import app.vitalia.nutrition.catalog.Language;
import app.vitalia.nutrition.outbox.FoodLogOutbox;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FoodLoggedTests {

	@Autowired
	FoodDiary diary;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Batches batches;

	@Test
	void loggedAndCopiedEntriesAreHandedOverInBatchesOnce() {
		UUID member = UUID.randomUUID();
		UUID apple = apple();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		EntryView entry = this.diary.log(member, today, Meal.SNACK, apple,
				new FoodDiary.Amount(null, "1 mediana", null, null), Language.ES);
		this.diary.copy(member, today, today.plusDays(1), null, Language.ES);

		await().atMost(Duration.ofSeconds(10)).until(() -> this.batches.of(member).size() == 2);
		assertThat(this.batches.of(member).get(0)).isEqualTo(new FoodLogged(MemberId.of(member),
				DiaryEntryId.of(entry.id()), today, Meal.SNACK, FoodId.of(apple), 94.64));
		assertThat(this.batches.of(member).get(1).date()).isEqualTo(today.plusDays(1));
		assertThat(waiting(member)).isZero();
	}

	@Test
	void aRolledBackEntryIsNeitherKeptNorAnnounced() throws InterruptedException {
		UUID member = UUID.randomUUID();
		assertThatThrownBy(() -> new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			this.diary.log(member, LocalDate.now(ZoneOffset.UTC), Meal.LUNCH, apple(),
					new FoodDiary.Amount(120.0, null, null, null), Language.EN);
			throw new IllegalStateException("the request fails after logging");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(this.jdbc.queryForObject("select count(*) from nutrition_diary_entry where account_id = ?",
				Integer.class, member))
			.isZero();
		assertThat(waiting(member)).isZero();
		Thread.sleep(FoodLogOutbox.LINGER_MS * 4);
		assertThat(this.batches.of(member)).isEmpty();
	}

	private UUID apple() {
		return this.jdbc.queryForObject(
				"select id from nutrition_food where source = 'STARTER' and source_id = 'manzana'", UUID.class);
	}

	private int waiting(UUID member) {
		return this.jdbc.queryForObject("select count(*) from nutrition_food_logged where member_id = ?", Integer.class,
				member);
	}

	@TestConfiguration
	static class Recording {

		@Bean
		Batches batches() {
			return new Batches();
		}

	}

	static class Batches {

		private final List<FoodsLogged> seen = new CopyOnWriteArrayList<>();

		@EventListener
		void on(FoodsLogged batch) {
			this.seen.add(batch);
		}

		List<FoodLogged> of(UUID member) {
			return this.seen.stream()
				.flatMap(batch -> batch.entries().stream())
				.filter(logged -> logged.memberId().id().equals(member))
				.toList();
		}

	}

}
