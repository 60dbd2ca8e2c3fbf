package app.vitalia.gamification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import app.vitalia.gamification.leaderboard.Leaderboards;
import app.vitalia.platform.Database;
import app.vitalia.platform.PersonalData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Points in a person's copy of their data: the current standing, every award with its
 * rule and badge, the leaderboard choice, the actions that were scored, and the
 * invitations sent and accepted.
 */
@Component
class GamificationPersonalData implements PersonalData {

	private static final String CURRENT = "(select generation from gamification_state where id = 1)";

	private final JdbcTemplate jdbc;

	private final Database database;

	private final Leaderboards leaderboards;

	GamificationPersonalData(JdbcTemplate jdbc, Database database, Leaderboards leaderboards) {
		this.jdbc = jdbc;
		this.database = database;
		this.leaderboards = leaderboards;
	}

	@Override
	public String part() {
		return "points";
	}

	@Override
	public Object of(UUID accountId) {
		Map<String, Object> points = new LinkedHashMap<>();
		PersonalData.rows(this.jdbc,
				"select points as total_points, current_streak, longest_streak, streak_last_day from gamification_member"
						+ " where generation = " + CURRENT + " and member_id = ?",
				accountId)
			.forEach(points::putAll);
		points.put("awards", PersonalData.rows(this.jdbc,
				"select a.rule_code, r.name_en as rule_en, r.name_es as rule_es, a.points, a.badge_code, a.awarded_at"
						+ " from gamification_award a left join gamification_rule r on r.code = a.rule_code"
						+ " where a.generation = " + CURRENT + " and a.member_id = ? order by a.awarded_at",
				accountId));
		PersonalData
			.rows(this.jdbc, "select leaderboard_opt_in, updated_at from gamification_settings where member_id = ?",
					accountId)
			.forEach((settings) -> points.put("leaderboard", settings));
		points.put("actions",
				PersonalData.rows(this.jdbc,
						"select type, occurred_at, local_date from gamification_event where member_id = ? order by seq",
						accountId));
		points.put("invitationsSent",
				PersonalData.rows(this.jdbc,
						"select email, created_at, accepted_at from gamification_invitation where inviter_id = ?"
								+ " order by created_at",
						accountId));
		// the invitation this person accepted, without who sent it (that is the sender's
		// data)
		points.put("invitationAccepted", PersonalData.rows(this.jdbc,
				"select created_at, accepted_at from gamification_invitation where invitee_id = ?", accountId));
		return points;
	}

	/**
	 * Points, streaks, badges and the actions that earned them in every generation, the
	 * leaderboard choice, and the invitations the member sent, accepted or was sent (the
	 * inviter keeps the points an accepted invitation gave them).
	 */
	@Override
	public void erase(UUID accountId, String email) {
		this.jdbc.update("delete from gamification_award where member_id = ?", accountId);
		this.jdbc.update("delete from gamification_member where member_id = ?", accountId);
		if (this.database.isPostgres()) {
			// the log refuses deletes but an erasure's (db/vendor/postgresql, V8_0_4)
			this.jdbc.queryForObject("select set_config('vitalia.erasure', 'on', true)", String.class);
		}
		this.jdbc.update("delete from gamification_event where member_id = ?", accountId);
		this.jdbc.update("delete from gamification_settings where member_id = ?", accountId);
		this.jdbc.update("delete from gamification_invitation where inviter_id = ? or invitee_id = ? or email = ?",
				accountId, accountId, email);
		this.leaderboards.erased(accountId);
	}

}
