package app.vitalia.gamification.scoring;

import java.util.UUID;

import app.vitalia.gamification.rules.Trigger;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's history is read from the index alone, whatever its length: 40 members with
 * 2,000 logged foods each, statistics and visibility refreshed, then the plan of the
 * history query is read with EXPLAIN. It needs PostgreSQL and fails without it; it runs
 * in the HTTP tests' shared context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HistoryPlanTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EventLog log;

	@Test
	void aMembersHistoryIsCountedPerDayFromTheIndexAlone() {
		assertThat(this.jdbc.execute((ConnectionCallback<String>) (c) -> c.getMetaData().getDatabaseProductName()))
			.as("this test needs PostgreSQL on 127.0.0.1:5432")
			.isEqualTo("PostgreSQL");
		String tag = UUID.randomUUID().toString();
		// six actions a day for 333 days and a bit, as a long-standing member logs food
		this.jdbc
			.update("insert into gamification_event (source_id, member_id, type, occurred_at, local_date, payload) "
					+ "select 'plan:' || ? || ':' || m || ':' || n, md5(? || m)::uuid, 'FOOD_LOGGED', "
					+ "timestamptz '2020-01-01 00:00:00+00' + n * interval '4 hours', date '2020-01-01' + n / 6, '{}' "
					+ "from generate_series(1, 40) m, generate_series(1, 2000) n", tag, tag);
		// visibility too: an index-only scan reads the table for pages not known
		// all-visible
		this.jdbc.execute("vacuum analyze gamification_event");
		UUID member = this.jdbc.queryForObject("select md5(? || 1)::uuid", UUID.class, tag);

		String plan = String.join("\n", this.jdbc.queryForList("explain " + EventLog.HISTORY_DAYS, String.class, member,
				Trigger.FOOD_LOGGED.name(), Long.MAX_VALUE));

		assertThat(plan).contains("Index Only Scan using gamification_event_member_day_idx")
			.doesNotContain("Seq Scan")
			.doesNotContain("Heap Scan");
		History history = this.log.history(member, Trigger.FOOD_LOGGED, Long.MAX_VALUE, null);
		assertThat(history.count()).isEqualTo(2000);
		assertThat(history.days()).hasSize(334);
		assertThat(history.times()).isEmpty();
	}

}
