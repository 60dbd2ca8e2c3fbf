package app.vitalia.platform;

import java.sql.Clob;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One module's part of a person's copy of their data (GDPR articles 15 and 20):
 * everything the module keeps about the account, in a form that reads as plain JSON. The
 * account's own module gathers every part into one download; a module adds its part by
 * declaring a bean of this type, so a new table about people is a new line here, not a
 * forgotten one; the same bean erases it when the account is deleted. Secrets (password
 * hashes, token hashes, push keys) are never part of it.
 */
public interface PersonalData {

	/**
	 * The part's name in the download, such as {@code "diary"}.
	 */
	String part();

	/**
	 * What the module keeps about the account, or an empty map or list when it keeps
	 * nothing.
	 */
	Object of(UUID accountId);

	/**
	 * Erases what the module keeps about the account (GDPR article 17) when its owner
	 * deletes it: rows about the person go, copies of their name or address go, and a
	 * record the law or another person still needs (a payment, a past appointment in a
	 * clinician's agenda) stays without anything that names them. Every part runs in one
	 * transaction, so a part that refuses, with a {@link DomainException} the member can
	 * act on (a subscription still renewing), leaves the account as it was. {@code email}
	 * is the account's address (normalised), for what is kept by address rather than id.
	 */
	void erase(UUID accountId, String email);

	/**
	 * Rows of a query as maps in column order. A column {@code entry_date} is named
	 * {@code entryDate}; dates, times and instants read as ISO values and long texts as
	 * text, whatever the database's driver hands back.
	 */
	static List<Map<String, Object>> rows(JdbcTemplate jdbc, String sql, Object... arguments) {
		List<Map<String, Object>> rows = new ArrayList<>();
		jdbc.query(sql, (rs) -> {
			var meta = rs.getMetaData();
			Map<String, Object> row = new LinkedHashMap<>();
			for (int column = 1; column <= meta.getColumnCount(); column++) {
				Object value = rs.getObject(column);
				if (value instanceof Clob clob) {
					value = clob.getSubString(1, (int) clob.length());
				}
				row.put(camelCase(meta.getColumnLabel(column)), (value != null) ? plain(value) : null);
			}
			rows.add(row);
		}, arguments);
		return rows;
	}

	private static Object plain(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof OffsetDateTime dateTime) {
			return dateTime.toInstant();
		}
		if (value instanceof Date date) {
			return date.toLocalDate();
		}
		if (value instanceof Time time) {
			return time.toLocalTime();
		}
		return value;
	}

	private static String camelCase(String column) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

}
