package app.vitalia.billing.admin;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;

import app.vitalia.identity.AccountId;
import app.vitalia.identity.AccountRegistered;
import app.vitalia.identity.AccountLanguageChanged;
import app.vitalia.identity.AccountRenamed;
import app.vitalia.identity.AccountSummary;
import app.vitalia.identity.Accounts;
import app.vitalia.platform.DomainException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Billing's read model of members (name, email, language), fed by identity's events, by
 * the demo import and, for an account that predates it, by identity's API on its first
 * checkout. The admin lists search and sort it inside this module.
 */
@Component
public class MemberDirectory {

	public record Member(UUID id, String email, String displayName, String locale, Instant registeredAt) {

		/** The language the member reads Vitalia in. */
		public Locale language() {
			return Locale.forLanguageTag(this.locale);
		}

	}

	private final JdbcTemplate jdbc;

	private final Accounts accounts;

	private final Clock clock;

	private final ListChanges lists;

	public MemberDirectory(JdbcTemplate jdbc, Accounts accounts, Clock clock, ListChanges lists) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
		this.lists = lists;
	}

	/** The account is read afresh: a rename handled before this must not be undone. */
	@ApplicationModuleListener
	public void on(AccountRegistered registered) {
		AccountSummary account = this.accounts.find(registered.accountId())
			.orElse(new AccountSummary(registered.accountId().id(), registered.email(), registered.displayName(),
					registered.locale(), java.util.Set.of()));
		insert(List.of(new Member(account.id(), account.email(), account.displayName(), account.locale(),
				this.clock.instant())));
	}

	/** Renames arrive asynchronously, possibly out of order: the name is read afresh. */
	@ApplicationModuleListener
	public void on(AccountRenamed renamed) {
		this.accounts.find(renamed.accountId())
			.ifPresent(account -> this.jdbc.update(
					"update billing_member set display_name = ?, email = ?, search_text = ? where id = ?",
					account.displayName(), account.email(), searchable(account.displayName(), account.email()),
					account.id()));
		this.lists.changed();
	}

	/**
	 * Language changes arrive asynchronously, possibly out of order: the language is read
	 * afresh. Receipts, checkouts and billing's emails follow it.
	 */
	@ApplicationModuleListener
	public void on(AccountLanguageChanged changed) {
		this.accounts.find(changed.accountId())
			.ifPresent(account -> this.jdbc.update("update billing_member set locale = ? where id = ?",
					account.locale(), account.id()));
	}

	/**
	 * The member's row, created from identity's API when it is missing, locked until the
	 * transaction ends: changes to one member's subscription happen one at a time.
	 */
	public Member lock(UUID memberId) {
		List<Member> found = select(memberId, true);
		if (found.isEmpty()) {
			// held, so a deletion of the account cannot commit between this read and the
			// copy of its name (the deletion removes the copy with the account)
			AccountSummary account = this.accounts.hold(AccountId.of(memberId))
				.orElseThrow(() -> DomainException.notFound("The member"));
			insert(List.of(new Member(account.id(), account.email(), account.displayName(), account.locale(),
					this.clock.instant())));
			found = select(memberId, true);
		}
		return found.get(0);
	}

	public Member find(UUID memberId) {
		return lookup(memberId).orElseThrow(() -> DomainException.notFound("The member"));
	}

	/** As {@link #find}, empty for a member who deleted their account. */
	public Optional<Member> lookup(UUID memberId) {
		List<Member> found = select(memberId, false);
		if (!found.isEmpty()) {
			return Optional.of(found.get(0));
		}
		return this.accounts.find(AccountId.of(memberId))
			.map(account -> new Member(account.id(), account.email(), account.displayName(), account.locale(),
					this.clock.instant()));
	}

	/** Adds members (idempotent), in JDBC batches. */
	public void insert(List<Member> members) {
		List<Object[]> rows = new ArrayList<>(members.size());
		for (Member member : members) {
			rows.add(new Object[] { member.id(), member.email(), member.displayName(),
					searchable(member.displayName(), member.email()), member.locale(),
					Timestamp.from(member.registeredAt()) });
		}
		this.jdbc
			.batchUpdate("insert into billing_member (id, email, display_name, search_text, locale, registered_at) "
					+ "values (?, ?, ?, ?, ?, ?) on conflict do nothing", rows);
		this.lists.changed();
	}

	private List<Member> select(UUID memberId, boolean forUpdate) {
		return this.jdbc.query(
				"select id, email, display_name, locale, registered_at from billing_member where id = ?"
						+ (forUpdate ? " for update" : ""),
				(rs, i) -> new Member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant()),
				memberId);
	}

	/** Lower case without accents, so "jose" finds "José". */
	public static String searchable(String... parts) {
		String joined = String.join(" ", parts);
		String plain = Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String text = plain.toLowerCase(Locale.ROOT);
		return text.length() > 600 ? text.substring(0, 600) : text;
	}

}
