package app.vitalia.members;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import app.vitalia.platform.PersonalData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The profile in a person's copy of their data: body, goal, time zone, own targets, and
 * every weight they recorded.
 */
@Component
class MemberPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	MemberPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String part() {
		return "profile";
	}

	@Override
	public Object of(UUID accountId) {
		Map<String, Object> profile = new LinkedHashMap<>();
		PersonalData
			.rows(this.jdbc,
					"select birth_date, sex, height_cm, weight_kg, activity_level, goal, timezone, locale,"
							+ " custom_calories, custom_protein_g, custom_fat_g, custom_carbs_g, completed_at"
							+ " from members_profile where account_id = ?",
					accountId)
			.forEach(profile::putAll);
		profile.put("weights",
				PersonalData.rows(this.jdbc,
						"select recorded_on, weight_kg, recorded_at from members_weight_entry where account_id = ?"
								+ " order by recorded_on",
						accountId));
		return profile;
	}

	@Override
	public void erase(UUID accountId, String email) {
		this.jdbc.update("delete from members_weight_entry where account_id = ?", accountId);
		this.jdbc.update("delete from members_profile where account_id = ?", accountId);
	}

}
