package app.vitalia.scheduling.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.vitalia.identity.PasswordChanged;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One private calendar feed per person. The URL carries a random token; only its SHA-256
 * hash is stored, so a database leak does not leak feeds. Creating a new feed revokes the
 * previous one.
 */
@Component
public class CalendarFeeds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final String publicUrl;

	CalendarFeeds(JdbcTemplate jdbc, Clock clock, @Value("${vitalia.public-url}") String publicUrl) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** Whose feed a token opens, and whether it shows appointment reasons. */
	public record Feed(UUID ownerId, boolean includeReason) {
	}

	/**
	 * A new feed URL for the person, replacing any earlier one. Reasons (health data) are
	 * left out unless the owner asks for them.
	 */
	@Transactional
	public String create(UUID ownerId, boolean includeReason) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		revoke(ownerId);
		this.jdbc.update(
				"insert into scheduling_calendar_feed (owner_id, token_hash, created_at, include_reason) values (?, ?, ?, ?)",
				ownerId, hash(token), Timestamp.from(this.clock.instant()), includeReason);
		return this.publicUrl + "/api/calendar-feed/" + token + ".ics";
	}

	@Transactional
	public void revoke(UUID ownerId) {
		this.jdbc.update("delete from scheduling_calendar_feed where owner_id = ?", ownerId);
	}

	/** A password change or reset voids the feed URLs too: they are credentials. */
	@ApplicationModuleListener
	void on(PasswordChanged changed) {
		revoke(changed.accountId().id());
	}

	public Optional<Feed> find(String token) {
		List<Feed> feeds = this.jdbc.query(
				"select owner_id, include_reason from scheduling_calendar_feed where token_hash = ?",
				(rs, i) -> new Feed(rs.getObject(1, UUID.class), rs.getBoolean(2)), hash(token));
		return feeds.stream().findFirst();
	}

	public Instant now() {
		return this.clock.instant();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
