package app.vitalia.notifications.channels;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.vitalia.notifications.Kind;
import app.vitalia.platform.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications, newest first, each read or unread.
 */
@Component
public class Inbox {

	public record Item(UUID id, Kind kind, String title, String body, @Nullable String link, Instant createdAt,
			@Nullable Instant readAt) {
	}

	public record Page(List<Item> content, int page, int size, long totalElements, long unreadCount) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Inbox(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Item add(UUID memberId, Kind kind, String title, String body, @Nullable String link) {
		Item item = new Item(UUID.randomUUID(), kind, title, body, link, this.clock.instant(), null);
		this.jdbc.update(
				"insert into notifications_inbox (id, member_id, kind, title, body, link, created_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				item.id(), memberId, kind.name(), title, body, link, Timestamp.from(item.createdAt()));
		return item;
	}

	@Transactional(readOnly = true)
	public Page page(UUID memberId, boolean unreadOnly, int page, int size) {
		String where = "where member_id = ?" + (unreadOnly ? " and read_at is null" : "");
		List<Item> items = this.jdbc.query(
				"select id, kind, title, body, link, created_at, read_at from notifications_inbox " + where
						+ " order by created_at desc, id limit ? offset ?",
				(rs, i) -> new Item(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
						rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()),
				memberId, size, (long) page * size);
		Long total = this.jdbc.queryForObject("select count(*) from notifications_inbox " + where, Long.class,
				memberId);
		return new Page(items, page, size, total == null ? 0 : total, unread(memberId));
	}

	public long unread(UUID memberId) {
		Long unread = this.jdbc.queryForObject(
				"select count(*) from notifications_inbox where member_id = ? and read_at is null", Long.class,
				memberId);
		return unread == null ? 0 : unread;
	}

	@Transactional
	public void markRead(UUID memberId, UUID id) {
		Integer mine = this.jdbc.queryForObject(
				"select count(*) from notifications_inbox where id = ? and member_id = ?", Integer.class, id, memberId);
		if (mine == null || mine == 0) {
			throw DomainException.notFound("The notification");
		}
		this.jdbc.update("update notifications_inbox set read_at = ? where id = ? and read_at is null",
				Timestamp.from(this.clock.instant()), id);
	}

	@Transactional
	public int markAllRead(UUID memberId) {
		return this.jdbc.update("update notifications_inbox set read_at = ? where member_id = ? and read_at is null",
				Timestamp.from(this.clock.instant()), memberId);
	}

}
