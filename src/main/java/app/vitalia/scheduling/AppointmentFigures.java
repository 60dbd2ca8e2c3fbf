package app.vitalia.scheduling;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import app.vitalia.scheduling.appointments.Appointment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointment figures for other modules' KPIs, read from scheduling's own table.
 */
@Component
public class AppointmentFigures {

	private static final Duration WEEK = Duration.ofDays(7);

	private final JdbcTemplate jdbc;

	AppointmentFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appointments booked (by when they were booked, cancelled ones included) in each of
	 * {@code weeks} consecutive weeks starting at {@code from}.
	 */
	@Transactional(readOnly = true)
	public long[] bookedPerWeek(Instant from, int weeks) {
		long[] counts = new long[weeks];
		Instant to = from.plus(WEEK.multipliedBy(weeks));
		this.jdbc.query("select created_at from scheduling_appointment where created_at >= ? and created_at < ?",
				rs -> {
					int week = (int) (Duration.between(from, rs.getTimestamp(1).toInstant()).toSeconds()
							/ WEEK.toSeconds());
					if (week >= 0 && week < weeks) {
						counts[week]++;
					}
				}, Timestamp.from(from), Timestamp.from(to));
		return counts;
	}

}
