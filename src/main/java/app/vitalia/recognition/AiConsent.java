package app.vitalia.recognition;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's consent to send aggregates of their diary (daily totals against targets) to
 * the AI service that writes their weekly summary. Off until they turn it on.
 */
@Service
public class AiConsent {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AiConsent(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean given(UUID memberId) {
		return this.jdbc
			.queryForList("select consented from recognition_ai_consent where member_id = ?", Boolean.class, memberId)
			.stream()
			.findFirst()
			.orElse(false);
	}

	@Transactional
	public void set(UUID memberId, boolean consented) {
		Timestamp now = Timestamp.from(this.clock.instant());
		if (this.jdbc.update("update recognition_ai_consent set consented = ?, updated_at = ? where member_id = ?",
				consented, now, memberId) == 0) {
			this.jdbc.update("insert into recognition_ai_consent (member_id, consented, updated_at) values (?, ?, ?) "
					+ "on conflict do nothing", memberId, consented, now);
		}
	}

}
