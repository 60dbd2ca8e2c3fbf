package app.vitalia.scheduling.notices;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.scheduling.SchedulingProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each booked appointment's reminder once, {@code vitalia.scheduling.reminder-lead}
 * before it starts. A recurring JobRunr job (every instance may run it, JobRunr runs it
 * on one) finds the appointments due; each reminder is sent in its own transaction that
 * first inserts the (appointment, kind) row, so a restart, a retry or a second instance
 * can never send it twice, and a failure for one patient rolls back only that patient's
 * row.
 * <p>
 * Public only because JobRunr invokes {@link #sendDue()} by reflection; other modules
 * have no reason to call it.
 */
@Component
public class Reminders {

	public static final String KIND = "BEFORE_START";

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	public static final String DUE = "select a.id, a.patient_id, a.doctor_id, a.starts_at from scheduling_appointment a "
			+ "where a.starts_at > ? and a.starts_at <= ? and a.status = 'BOOKED' and not exists "
			+ "(select 1 from scheduling_reminder r where r.appointment_id = a.id and r.kind = ?) "
			+ "order by a.starts_at limit 500";

	private record Due(UUID id, UUID patientId, UUID doctorId, Instant startsAt) {
	}

	private final JdbcTemplate jdbc;

	private final SchedulingMails mails;

	private final SchedulingProperties properties;

	private final TransactionTemplate eachOnItsOwn;

	private final Clock clock;

	public Reminders(JdbcTemplate jdbc, SchedulingMails mails, SchedulingProperties properties,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.mails = mails;
		this.properties = properties;
		this.eachOnItsOwn = new TransactionTemplate(transactions);
		this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Sends every reminder now due; returns how many went out.
	 */
	@Recurring(id = "scheduling-reminders", interval = "${vitalia.scheduling.reminder-interval:PT5M}")
	@Job(name = "Send appointment reminders")
	public int sendDue() {
		Instant now = this.clock.instant();
		int sent = 0;
		List<Due> due;
		do {
			due = this.jdbc.query(DUE,
					(rs, i) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
							rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant()),
					Timestamp.from(now), Timestamp.from(now.plus(this.properties.reminderLead())), KIND);
			int before = sent;
			for (Due appointment : due) {
				if (sendOnce(appointment, now)) {
					sent++;
				}
			}
			if (sent == before) {
				break;
			}
		}
		while (due.size() == 500);
		return sent;
	}

	private boolean sendOnce(Due appointment, Instant now) {
		try {
			Boolean sent = this.eachOnItsOwn.execute(status -> {
				int claimed = this.jdbc.update(
						"insert into scheduling_reminder (appointment_id, kind, sent_at) "
								+ "values (?, ?, ?) on conflict do nothing",
						appointment.id(), KIND, Timestamp.from(now));
				if (claimed == 0) {
					return false;
				}
				this.mails.reminder(appointment.patientId(), appointment.doctorId(), appointment.startsAt());
				return true;
			});
			return Boolean.TRUE.equals(sent);
		}
		catch (RuntimeException ex) {
			log.warn("Reminder for appointment {} not sent, will retry: {}", appointment.id(), ex.getMessage());
			return false;
		}
	}

}
