package app.vitalia.notifications.channels;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.notifications.Channel;
import app.vitalia.notifications.Kind;
import app.vitalia.platform.DomainException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which kinds of notification each member wants on which channel. Without a choice of
 * their own a kind's default applies; kinds that are not switchable are always on.
 */
@Component
public class Preferences {

	public record Preference(Kind kind, Channel channel, boolean enabled, boolean locked) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Preferences(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean enabled(UUID memberId, Kind kind, Channel channel) {
		if (!kind.switchable()) {
			return true;
		}
		return this.jdbc
			.query("select enabled from notifications_preference where member_id = ? and kind = ? and channel = ?",
					(rs, i) -> rs.getBoolean(1), memberId, kind.name(), channel.name())
			.stream()
			.findFirst()
			.orElse(kind.onByDefault());
	}

	public List<Preference> all(UUID memberId) {
		Map<String, Boolean> chosen = new HashMap<>();
		this.jdbc.query("select kind, channel, enabled from notifications_preference where member_id = ?",
				(org.springframework.jdbc.core.RowCallbackHandler) rs -> chosen
					.put(rs.getString(1) + "/" + rs.getString(2), rs.getBoolean(3)),
				memberId);
		List<Preference> all = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			if (!kind.forMembers()) {
				continue;
			}
			for (Channel channel : Channel.values()) {
				if (!kind.goesBy(channel)) {
					continue;
				}
				boolean enabled = !kind.switchable()
						|| chosen.getOrDefault(kind.name() + "/" + channel.name(), kind.onByDefault());
				all.add(new Preference(kind, channel, enabled, !kind.switchable()));
			}
		}
		return all;
	}

	/**
	 * @throws DomainException 422 {@code NOT_SWITCHABLE} when turning off a payment or
	 * security message
	 */
	@Transactional
	public void set(UUID memberId, Kind kind, Channel channel, boolean enabled) {
		if (!kind.switchable() || !kind.forMembers()) {
			if (enabled) {
				return;
			}
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "NOT_SWITCHABLE",
					"Payment and security messages cannot be turned off");
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		if (this.jdbc.update("update notifications_preference set enabled = ?, updated_at = ? where member_id = ? "
				+ "and kind = ? and channel = ?", enabled, now, memberId, kind.name(), channel.name()) == 0) {
			this.jdbc.update(
					"insert into notifications_preference (member_id, kind, channel, enabled, updated_at) "
							+ "values (?, ?, ?, ?, ?) on conflict do nothing",
					memberId, kind.name(), channel.name(), enabled, now);
		}
	}

	/**
	 * Applies every change or none.
	 */
	@Transactional
	public void setAll(UUID memberId, List<Preference> changes) {
		changes.forEach(change -> set(memberId, change.kind(), change.channel(), change.enabled()));
	}

	/**
	 * One-click unsubscribe: the email carrying {@code token} stops for its kind.
	 * @throws DomainException 404 for an unknown token
	 */
	@Transactional
	public Kind unsubscribe(String token) {
		record Sent(UUID member, Kind kind) {
		}
		Sent sent = this.jdbc
			.query("select member_id, kind from notifications_email where unsubscribe_token = ? "
					+ "and member_id is not null",
					(rs, i) -> new Sent(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2))), token)
			.stream()
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("The unsubscribe link"));
		set(sent.member(), sent.kind(), Channel.EMAIL, false);
		return sent.kind();
	}

	/**
	 * Members who turned a kind on for some channel (for kinds that are off by default).
	 */
	public List<UUID> optedIn(Kind kind) {
		return this.jdbc.queryForList(
				"select distinct member_id from notifications_preference where kind = ? and enabled = true", UUID.class,
				kind.name());
	}

}
