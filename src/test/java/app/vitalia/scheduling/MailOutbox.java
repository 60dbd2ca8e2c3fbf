package app.vitalia.scheduling;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dev outbox as the scheduling tests read it: emails sent to a recipient by subject.
 * Emails sent by event listeners arrive asynchronously, so {@link #await} polls briefly.
 */
final class MailOutbox {

	private final JdbcTemplate jdbc;

	MailOutbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String await(String recipient, String subjectStart) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			List<String> bodies = this.jdbc.queryForList(
					"select body from platform_mail_outbox where recipient = ? and subject like ?", String.class,
					recipient, subjectStart + "%");
			if (!bodies.isEmpty()) {
				return bodies.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no mail '" + subjectStart + "' to " + recipient);
	}

	int count(String recipient, String subjectStart) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from platform_mail_outbox where recipient = ? and subject like ?", Integer.class,
				recipient, subjectStart + "%");
		return count != null ? count : 0;
	}

}
