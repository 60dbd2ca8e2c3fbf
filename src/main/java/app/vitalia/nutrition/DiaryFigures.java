package app.vitalia.nutrition;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Diary figures for other modules' KPIs, aggregated in SQL over nutrition's own table.
 */
@Component
public class DiaryFigures {

	private final JdbcTemplate jdbc;

	DiaryFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many members logged food on at least {@code days} distinct days between
	 * {@code from} and {@code to}, both included.
	 */
	@Transactional(readOnly = true)
	public long membersLoggingOnAtLeast(int days, LocalDate from, LocalDate to) {
		Long count = this.jdbc.queryForObject("select count(*) from (select account_id from nutrition_diary_entry "
				+ "where entry_date >= ? and entry_date <= ? group by account_id "
				+ "having count(distinct entry_date) >= ?) loggers", Long.class, from, to, days);
		return count != null ? count : 0;
	}

}
