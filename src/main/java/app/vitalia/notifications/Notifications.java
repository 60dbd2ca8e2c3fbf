package app.vitalia.notifications;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.identity.AccountId;
import app.vitalia.identity.AccountSummary;
import app.vitalia.identity.Accounts;
import app.vitalia.notifications.channels.EmailQueue;
import app.vitalia.notifications.channels.Inbox;
import app.vitalia.notifications.channels.LiveUpdates;
import app.vitalia.notifications.channels.MailTemplates;
import app.vitalia.notifications.channels.Preferences;
import app.vitalia.notifications.channels.PushQueue;
import app.vitalia.platform.AfterCommit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a notification once: the (kind, subject, key) marker, the in-app item, the queued
 * push messages and the queued email are written in one transaction, on the channels the
 * member allows. A second call with the same marker sends nothing.
 */
@Service
public class Notifications {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Accounts accounts;

	private final Preferences preferences;

	private final Inbox inbox;

	private final EmailQueue emails;

	private final PushQueue pushes;

	private final MailTemplates templates;

	private final LiveUpdates live;

	private final MessageSource messages;

	private final Clock clock;

	private final String publicUrl;

	Notifications(JdbcTemplate jdbc, Accounts accounts, Preferences preferences, Inbox inbox, EmailQueue emails,
			PushQueue pushes, MailTemplates templates, LiveUpdates live, MessageSource messages, Clock clock,
			@Value("${vitalia.public-url}") String publicUrl) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.preferences = preferences;
		this.inbox = inbox;
		this.emails = emails;
		this.pushes = pushes;
		this.templates = templates;
		this.live = live;
		this.messages = messages;
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * Notifies a member. {@code args} fill the kind's texts ({0}, {1}…); {@code path} is
	 * where in the web app the notification leads.
	 * @return whether it was sent now (false when its marker already existed or the
	 * account is gone)
	 */
	@Transactional
	public boolean notifyMember(Kind kind, UUID memberId, String key, Object[] args, @Nullable String path) {
		Optional<AccountSummary> found = this.accounts.find(AccountId.of(memberId));
		if (found.isEmpty() || !mark(kind, memberId.toString(), key)) {
			return false;
		}
		AccountSummary member = found.get();
		Locale locale = Locale.forLanguageTag(member.locale());
		String title = text(kind, "title", args, locale);
		String body = text(kind, "body", args, locale);
		if (this.preferences.enabled(memberId, kind, Channel.IN_APP)) {
			Inbox.Item item = this.inbox.add(memberId, kind, title, body, path);
			AfterCommit
				.run(() -> this.live.publish(memberId, new LiveUpdates.Update(this.inbox.unread(memberId), item)));
		}
		if (this.preferences.enabled(memberId, kind, Channel.PUSH)) {
			this.pushes.enqueue(memberId, kind, new PushQueue.Message(title, body, path == null ? "/" : path));
		}
		if (kind.goesBy(Channel.EMAIL) && this.preferences.enabled(memberId, kind, Channel.EMAIL)) {
			String token = kind.switchable() ? token() : null;
			Map<String, Object> model = new HashMap<>();
			model.put("name", member.displayName());
			model.put("args", args);
			model.put("link", this.publicUrl + (path == null ? "/" : path));
			model.put("unsubscribeUrl", token == null ? null : this.publicUrl + "/unsubscribe?token=" + token);
			this.emails.enqueue(memberId, kind, member.email(),
					this.templates.render(kind, member.locale(), model, args), token);
		}
		return true;
	}

	/**
	 * Emails someone who is not a member yet (an invitation), once per marker.
	 */
	@Transactional
	public boolean notifyAddress(Kind kind, String email, String locale, String key, Object[] args, String link) {
		String address = email.toLowerCase(Locale.ROOT);
		if (!mark(kind, address, key)) {
			return false;
		}
		Map<String, Object> model = new HashMap<>();
		model.put("name", address);
		model.put("args", args);
		model.put("link", link);
		model.put("unsubscribeUrl", null);
		this.emails.enqueue(null, kind, address, this.templates.render(kind, locale, model, args), null);
		return true;
	}

	private boolean mark(Kind kind, String subject, String key) {
		return this.jdbc.update(
				"insert into notifications_marker (kind, subject, marker_key, created_at) "
						+ "values (?, ?, ?, ?) on conflict do nothing",
				kind.name(), subject, key, Timestamp.from(this.clock.instant())) == 1;
	}

	private static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private String text(Kind kind, String part, Object[] args, Locale locale) {
		return this.messages.getMessage("notifications." + kind.code() + "." + part, args, locale);
	}

}
