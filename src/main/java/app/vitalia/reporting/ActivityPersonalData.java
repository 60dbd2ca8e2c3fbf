package app.vitalia.reporting;

import java.time.LocalDate;
import java.util.UUID;

import app.vitalia.platform.PersonalData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reporting in a person's copy of their data: the days they were counted as active, the
 * only thing the reports keep per person.
 */
@Component
class ActivityPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	ActivityPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String part() {
		return "activeDays";
	}

	@Override
	public Object of(UUID accountId) {
		return this.jdbc.queryForList(
				"select active_on from reporting_daily_activity where member_id = ? order by active_on",
				LocalDate.class, accountId);
	}

	/**
	 * The days the member was active. Reports already made keep their counts, which name
	 * nobody.
	 */
	@Override
	public void erase(UUID accountId, String email) {
		this.jdbc.update("delete from reporting_daily_activity where member_id = ?", accountId);
	}

}
