package app.vitalia.notifications;

import app.vitalia.nutrition.FoodLogged;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Nutrition's events: the last day each member logged food, for the evening nudge.
 */
@Component
class NutritionNotices {

	private final JdbcTemplate jdbc;

	NutritionNotices(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(FoodLogged logged) {
		if (this.jdbc.update(
				"update notifications_food_day set last_logged_on = ? where member_id = ? " + "and last_logged_on < ?",
				logged.date(), logged.memberId().id(), logged.date()) == 0) {
			this.jdbc.update("insert into notifications_food_day (member_id, last_logged_on) values (?, ?) "
					+ "on conflict do nothing", logged.memberId().id(), logged.date());
		}
	}

}
