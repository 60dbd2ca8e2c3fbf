package app.vitalia.gamification.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;

import app.vitalia.members.MemberId;
import app.vitalia.members.MemberProfiles;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Closes broken streaks: a member whose last logged day is before yesterday in their own
 * time zone has a current streak of 0. Runs every hour, because members' days end at
 * different hours.
 * <p>
 * Public because JobRunr calls {@link #closeBroken()} by reflection.
 */
@Component
public class Streaks {

	private final JdbcTemplate jdbc;

	private final ScoreStore scores;

	private final MemberProfiles profiles;

	private final Clock clock;

	Streaks(JdbcTemplate jdbc, ScoreStore scores, MemberProfiles profiles, Clock clock) {
		this.jdbc = jdbc;
		this.scores = scores;
		this.profiles = profiles;
		this.clock = clock;
	}

	/**
	 * @return how many streaks were closed
	 */
	@Recurring(id = "gamification-close-streaks", cron = "${vitalia.gamification.streak-check-cron:5 * * * *}")
	@Job(name = "Close broken streaks")
	public int closeBroken() {
		int generation = this.scores.generation();
		record Alive(UUID member, LocalDate lastDay) {
		}
		List<Alive> alive = this.jdbc.query(
				"select member_id, streak_last_day from gamification_member where generation = ? "
						+ "and current_streak > 0 and streak_last_day is not null",
				(rs, i) -> new Alive(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)), generation);
		int closed = 0;
		for (Alive streak : alive) {
			LocalDate today = LocalDate.now(this.clock.withZone(this.profiles.zoneOf(MemberId.of(streak.member()))));
			if (streak.lastDay().isBefore(today.minusDays(1))) {
				closed += this.jdbc.update(
						"update gamification_member set current_streak = 0 where generation = ? "
								+ "and member_id = ? and streak_last_day = ?",
						generation, streak.member(), streak.lastDay());
			}
		}
		return closed;
	}

}
