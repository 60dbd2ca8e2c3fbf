package app.vitalia.platform.events;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A listener that throws leaves its publication failed; the resubmission round hands the
 * event to it again, and once it succeeds the publication is gone (completion mode
 * delete), without waiting for a restart.
 */
@SpringBootTest
@TestPropertySource(properties = { "vitalia.events.resubmit-min-age=0s", "vitalia.events.resubmit-interval=PT1H" })
class FailedEventResubmissionTests {

	record Flaked(UUID id) {
	}

	static class FlakyListener {

		private final AtomicInteger calls = new AtomicInteger();

		/**
		 * Through a method: the bean is a proxy, whose own fields are not the listener's.
		 */
		int calls() {
			return this.calls.get();
		}

		@ApplicationModuleListener
		void on(Flaked event) {
			if (this.calls.incrementAndGet() == 1) {
				throw new IllegalStateException("fails the first time");
			}
		}

	}

	@TestConfiguration
	static class Listeners {

		@Bean
		FlakyListener flakyListener() {
			return new FlakyListener();
		}

	}

	@Autowired
	FlakyListener listener;

	@Autowired
	FailedEventResubmission resubmission;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFailedPublicationIsHandedToItsListenerAgainAndThenDeleted() {
		Flaked event = new Flaked(UUID.randomUUID());
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> this.events.publishEvent(event));
		await().atMost(Duration.ofSeconds(15)).until(() -> "FAILED".equals(status(event)));
		assertThat(this.listener.calls()).isEqualTo(1);

		this.resubmission.resubmit();
		await().atMost(Duration.ofSeconds(15)).until(() -> this.listener.calls() == 2 && status(event) == null);
	}

	private String status(Flaked event) {
		return this.jdbc
			.queryForList("select status from event_publication where serialized_event like ?", String.class,
					"%" + event.id() + "%")
			.stream()
			.findFirst()
			.orElse(null);
	}

}
