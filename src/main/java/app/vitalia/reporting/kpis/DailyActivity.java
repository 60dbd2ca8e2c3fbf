package app.vitalia.reporting.kpis;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records that a member was active today (business time zone): one insert, ignored when
 * the row exists, on the member's first authenticated request of the day on this
 * instance. A set of today's recorded members sits in front of it, so later requests cost
 * a lookup, not a write; it is emptied when the day changes and stops growing past
 * {@link #MAX_REMEMBERED} (the database's key still keeps one row per member and day).
 */
public class DailyActivity {

	static final int MAX_REMEMBERED = 500_000;

	private static final Logger log = LoggerFactory.getLogger(DailyActivity.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ZoneId zone;

	private volatile LocalDate day = LocalDate.MIN;

	private volatile Set<UUID> recorded = ConcurrentHashMap.newKeySet();

	public DailyActivity(JdbcTemplate jdbc, Clock clock, ZoneId zone) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Records {@code member} as active today unless already done; never fails the caller.
	 */
	public void seen(UUID member) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
		if (!today.equals(this.day)) {
			synchronized (this) {
				if (!today.equals(this.day)) {
					this.recorded = ConcurrentHashMap.newKeySet();
					this.day = today;
				}
			}
		}
		Set<UUID> set = this.recorded;
		if (set.contains(member)) {
			return;
		}
		try {
			this.jdbc.update(
					"insert into reporting_daily_activity (member_id, active_on) values (?, ?) on conflict do nothing",
					member, Date.valueOf(today));
			if (set.size() < MAX_REMEMBERED) {
				set.add(member);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the activity of {}: {}", member, ex.getMessage());
		}
	}

}
