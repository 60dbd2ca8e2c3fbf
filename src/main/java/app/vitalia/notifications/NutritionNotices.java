package app.vitalia.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import app.vitalia.nutrition.FoodLogged;
import app.vitalia.nutrition.FoodsLogged;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Nutrition's events: the last day each member logged food, for the evening nudge. A
 * batch costs one update per member it moves forward (sent together) and inserts only for
 * members seen for the first time.
 */
@Component
class NutritionNotices {

	private final JdbcTemplate jdbc;

	NutritionNotices(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(FoodsLogged batch) {
		// members in one order for every batch, so two batches never deadlock on their
		// rows
		Map<UUID, LocalDate> latest = new TreeMap<>();
		for (FoodLogged logged : batch.entries()) {
			latest.merge(logged.memberId().id(), logged.date(), (a, b) -> a.isAfter(b) ? a : b);
		}
		if (latest.isEmpty()) {
			return;
		}
		Map<UUID, LocalDate> known = new LinkedHashMap<>();
		this.jdbc.query("select member_id, last_logged_on from notifications_food_day where member_id in ("
				+ String.join(", ", Collections.nCopies(latest.size(), "?")) + ")", rs -> {
					known.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
				}, latest.keySet().toArray());
		List<Object[]> later = new ArrayList<>();
		List<Object[]> first = new ArrayList<>();
		latest.forEach((member, day) -> {
			LocalDate last = known.get(member);
			if (last == null) {
				first.add(new Object[] { member, day });
			}
			else if (last.isBefore(day)) {
				later.add(new Object[] { day, member, day });
			}
		});
		if (!later.isEmpty()) {
			this.jdbc.batchUpdate("update notifications_food_day set last_logged_on = ? where member_id = ? "
					+ "and last_logged_on < ?", later);
		}
		for (Object[] row : first) {
			// a member first seen by two batches at once: the other insert wins, then the
			// later day is kept
			if (this.jdbc.update("insert into notifications_food_day (member_id, last_logged_on) values (?, ?) "
					+ "on conflict do nothing", row) == 0) {
				this.jdbc.update("update notifications_food_day set last_logged_on = ? where member_id = ? "
						+ "and last_logged_on < ?", row[1], row[0], row[1]);
			}
		}
	}

}
