package app.vitalia.scheduling.slots;

import java.sql.Date;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Weekly hours and date exceptions of clinicians; always replaced as a whole.
 */
@Component
public class AvailabilityStore {

	private final JdbcTemplate jdbc;

	AvailabilityStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void replace(UUID clinicianId, List<Schedule.Window> weekly, List<Schedule.DateException> exceptions) {
		this.jdbc.update("delete from scheduling_weekly_hours where clinician_id = ?", clinicianId);
		this.jdbc.update("delete from scheduling_date_exception where clinician_id = ?", clinicianId);
		this.jdbc.batchUpdate(
				"insert into scheduling_weekly_hours (clinician_id, day_of_week, start_time, end_time) values (?, ?, ?, ?)",
				weekly.stream()
					.map(window -> new Object[] { clinicianId, window.dayOfWeek().name(), Time.valueOf(window.start()),
							Time.valueOf(window.end()) })
					.toList());
		this.jdbc.batchUpdate(
				"insert into scheduling_date_exception (clinician_id, on_date, kind, start_time, end_time) "
						+ "values (?, ?, ?, ?, ?)",
				exceptions.stream()
					.map(exception -> new Object[] { clinicianId, Date.valueOf(exception.date()),
							exception.type().name(), time(exception.start()), time(exception.end()) })
					.toList());
	}

	public List<Schedule.Window> weekly(UUID clinicianId) {
		return this.jdbc.query(
				"select day_of_week, start_time, end_time from scheduling_weekly_hours where clinician_id = ? "
						+ "order by day_of_week, start_time",
				(rs, i) -> new Schedule.Window(DayOfWeek.valueOf(rs.getString(1)), rs.getTime(2).toLocalTime(),
						rs.getTime(3).toLocalTime()),
				clinicianId);
	}

	public List<Schedule.DateException> exceptionsFrom(UUID clinicianId, LocalDate from) {
		return this.jdbc.query(
				"select on_date, kind, start_time, end_time from scheduling_date_exception "
						+ "where clinician_id = ? and on_date >= ? order by on_date, start_time",
				(rs, i) -> new Schedule.DateException(rs.getDate(1).toLocalDate(),
						Schedule.ExceptionKind.valueOf(rs.getString(2)), localTime(rs.getTime(3)),
						localTime(rs.getTime(4))),
				clinicianId, Date.valueOf(from));
	}

	private static @Nullable Time time(@Nullable LocalTime time) {
		return time != null ? Time.valueOf(time) : null;
	}

	private static @Nullable LocalTime localTime(@Nullable Time time) {
		return time != null ? time.toLocalTime() : null;
	}

}
