package app.vitalia.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;

import app.vitalia.members.MemberId;
import app.vitalia.members.MemberProfiles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The evening nudge, for members who turned it on: in the member's own evening (from
 * {@code vitalia.notifications.nudge-at}, 20:00, for two hours) a member who has not
 * logged food that day gets one reminder (its marker is the member's local date).
 * <p>
 * Public because JobRunr calls {@link #sendDue()} by reflection.
 */
@Component
public class FoodNudges {

	static final Duration WINDOW = Duration.ofHours(2);

	private final Notifications notifications;

	private final MemberProfiles profiles;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final LocalTime nudgeAt;

	FoodNudges(Notifications notifications, MemberProfiles profiles, JdbcTemplate jdbc, Clock clock,
			@Value("${vitalia.notifications.nudge-at:20:00}") LocalTime nudgeAt) {
		this.notifications = notifications;
		this.profiles = profiles;
		this.jdbc = jdbc;
		this.clock = clock;
		this.nudgeAt = nudgeAt;
	}

	/**
	 * @return how many members were nudged
	 */
	@Recurring(id = "notifications-food-nudge", cron = "*/15 * * * *")
	@Job(name = "Evening nudge to log food")
	public int sendDue() {
		int sent = 0;
		for (UUID member : this.jdbc.queryForList("select distinct member_id from notifications_preference "
				+ "where kind = 'FOOD_NUDGE' and enabled = true", UUID.class)) {
			ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(this.profiles.zoneOf(MemberId.of(member))));
			LocalDate today = now.toLocalDate();
			ZonedDateTime from = today.atTime(this.nudgeAt).atZone(now.getZone());
			if (now.isBefore(from) || !now.isBefore(from.plus(WINDOW)) || loggedOn(member, today)) {
				continue;
			}
			if (this.notifications.notifyMember(Kind.FOOD_NUDGE, member, today.toString(), new Object[0], "/diary")) {
				sent++;
			}
		}
		return sent;
	}

	private boolean loggedOn(UUID member, LocalDate today) {
		Integer logged = this.jdbc.queryForObject(
				"select count(*) from notifications_food_day where member_id = ? " + "and last_logged_on >= ?",
				Integer.class, member, today);
		return logged != null && logged > 0;
	}

}
