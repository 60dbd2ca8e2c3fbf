package app.vitalia.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.vitalia.platform.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as other modules see them: creating clinician accounts, looking accounts up by
 * id (one or many at once) and bulk-importing demo accounts.
 */
@Service
public class Accounts {

	static final Duration INVITATION_TTL = Duration.ofDays(7);

	private final AccountRepository accounts;

	private final OneTimeTokenRepository oneTimeTokens;

	private final AccountSnapshots snapshots;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final IdentityMails mails;

	private final JdbcTemplate jdbc;

	private final Registration registration;

	private final Clock clock;

	private volatile String[] lastImportHash = new String[2];

	Accounts(AccountRepository accounts, OneTimeTokenRepository oneTimeTokens, AccountSnapshots snapshots,
			PasswordPolicy policy, PasswordEncoder passwords, IdentityMails mails, JdbcTemplate jdbc,
			Registration registration, Clock clock) {
		this.registration = registration;
		this.accounts = accounts;
		this.oneTimeTokens = oneTimeTokens;
		this.snapshots = snapshots;
		this.policy = policy;
		this.passwords = passwords;
		this.mails = mails;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Creates an account with the CLINICIAN role. With a password (checked against the
	 * password policy) the clinician can sign in at once and is emailed the link that
	 * confirms their address; without one they are emailed an invitation link, valid for
	 * 7 days, to choose their password (which confirms the address too).
	 * @return the new account's id
	 * @throws app.vitalia.platform.DomainException {@code EMAIL_TAKEN} (409) or a
	 * password policy violation (400, field {@code password})
	 */
	@Transactional
	public UUID createClinician(String email, @Nullable String password, String displayName, String locale) {
		String normalized = Account.normalize(email);
		if (password != null) {
			this.policy.check("password", password, normalized, displayName);
		}
		if (this.accounts.existsByEmail(normalized)) {
			throw IdentityProblems.emailTaken();
		}
		Instant now = this.clock.instant();
		Account account = Account.withRoles(normalized, password != null ? this.passwords.encode(password) : null,
				displayName, locale, EnumSet.of(Role.CLINICIAN), now);
		try {
			this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException raced) {
			throw IdentityProblems.emailTaken();
		}
		if (password == null) {
			String token = SecretTokens.generate();
			this.oneTimeTokens.save(new OneTimeToken(SecretTokens.hash(token), account.getId(),
					OneTimeToken.Purpose.RESET_PASSWORD, now, now.plus(INVITATION_TTL)));
			this.mails.invitation(account, token);
		}
		else {
			this.registration.sendVerification(account, now);
		}
		return account.getId();
	}

	/**
	 * The account with that id, if any (cached).
	 */
	public Optional<AccountSummary> find(UUID id) {
		return Optional.ofNullable(this.snapshots.find(id)).map(AccountSummary::of);
	}

	/**
	 * Guards a capability that needs a proven email address (cached check).
	 * @throws app.vitalia.platform.DomainException {@code EMAIL_NOT_VERIFIED} (403) when
	 * the address is not verified yet
	 */
	public void requireVerifiedEmail(UUID id) {
		AccountSnapshot account = this.snapshots.find(id);
		if (account == null || !account.emailVerified()) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "EMAIL_NOT_VERIFIED",
					"Confirm your email address first: use the link we sent you, or ask for a new one");
		}
	}

	/**
	 * The accounts with these ids, in one query; unknown ids are left out.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, AccountSummary> findAll(Collection<UUID> ids) {
		Map<UUID, AccountSummary> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.accounts.findAllById(ids)
			.forEach(account -> found.put(account.getId(), AccountSummary.of(account.snapshot())));
		return found;
	}

	/**
	 * Inserts verified accounts in JDBC batches, all with the same password, which is
	 * hashed once (password hashing is deliberately slow). Meant for demo and load-test
	 * data only.
	 */
	@Transactional
	public void importAccounts(List<ImportedAccount> imported, String password) {
		String hash = hashOnce(password);
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Object[]> rows = new ArrayList<>(imported.size());
		List<Object[]> roles = new ArrayList<>();
		for (ImportedAccount account : imported) {
			rows.add(new Object[] { account.id(), Account.normalize(account.email()), hash, account.displayName(),
					account.locale(), now, now });
			account.roles().forEach(role -> roles.add(new Object[] { account.id(), role.name() }));
		}
		this.jdbc.batchUpdate("insert into identity_account (id, email, password_hash, display_name, locale, "
				+ "email_verified_at, created_at) values (?, ?, ?, ?, ?, ?, ?)", rows);
		this.jdbc.batchUpdate("insert into identity_account_role (account_id, role) values (?, ?)", roles);
	}

	private String hashOnce(String password) {
		String[] last = this.lastImportHash;
		if (password.equals(last[0])) {
			return last[1];
		}
		String hash = this.passwords.encode(password);
		this.lastImportHash = new String[] { password, hash };
		return hash;
	}

}
