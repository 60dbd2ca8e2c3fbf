package app.vitalia.notifications;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import app.vitalia.platform.PersonalData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notifications in a person's copy of their data: the in-app inbox, the choices made per
 * kind and channel, the emails and pushes sent (what and when, not the links inside
 * them), and when each device signed up for pushes (not its keys or address).
 */
@Component
class NotificationPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	NotificationPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String part() {
		return "notifications";
	}

	@Override
	public Object of(UUID accountId) {
		Map<String, Object> notifications = new LinkedHashMap<>();
		notifications.put("inbox", PersonalData.rows(this.jdbc,
				"select kind, title, body, link, created_at, read_at from notifications_inbox where member_id = ?"
						+ " order by created_at",
				accountId));
		notifications.put("choices",
				PersonalData.rows(this.jdbc,
						"select kind, channel, enabled, updated_at from notifications_preference where member_id = ?"
								+ " order by kind, channel",
						accountId));
		notifications.put("emails",
				PersonalData.rows(this.jdbc,
						"select kind, recipient, subject, status, created_at, sent_at from notifications_email"
								+ " where member_id = ? order by created_at",
						accountId));
		notifications.put("pushes", PersonalData.rows(this.jdbc,
				"select kind, status, created_at, sent_at from notifications_push where member_id = ? order by created_at",
				accountId));
		notifications.put("pushDevices", PersonalData.rows(this.jdbc,
				"select created_at from notifications_push_subscription where member_id = ? order by created_at",
				accountId));
		return notifications;
	}

	@Override
	public void erase(UUID accountId, String email) {
		for (String table : new String[] { "notifications_inbox", "notifications_preference", "notifications_push",
				"notifications_push_subscription", "notifications_food_day" }) {
			this.jdbc.update("delete from " + table + " where member_id = ?", accountId);
		}
		// with the emails to the address from before it had an account (an invitation),
		// and the markers that kept each notice to one
		this.jdbc.update("delete from notifications_email where member_id = ? or recipient = ?", accountId, email);
		this.jdbc.update("delete from notifications_marker where subject = ? or subject = ?", accountId.toString(),
				email);
	}

}
