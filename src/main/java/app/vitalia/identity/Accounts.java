package app.vitalia.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import app.vitalia.identity.accounts.Account;
import app.vitalia.identity.accounts.AccountRepository;
import app.vitalia.identity.accounts.AccountSnapshot;
import app.vitalia.identity.accounts.AccountSnapshots;
import app.vitalia.identity.passwords.PasswordPolicy;
import app.vitalia.identity.tokens.OneTimeTokens.Purpose;
import app.vitalia.identity.tokens.OneTimeTokens;
import app.vitalia.platform.DomainException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as other modules see them: creating clinician accounts, looking accounts up by
 * id (one or many at once).
 */
@Service
public class Accounts {

	static final Duration INVITATION_TTL = Duration.ofDays(7);

	private final AccountRepository accounts;

	private final OneTimeTokens oneTimeTokens;

	private final AccountSnapshots snapshots;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final IdentityMails mails;

	private final Registration registration;

	private final Clock clock;

	Accounts(AccountRepository accounts, OneTimeTokens oneTimeTokens, AccountSnapshots snapshots, PasswordPolicy policy,
			PasswordEncoder passwords, IdentityMails mails, Registration registration, Clock clock) {
		this.registration = registration;
		this.accounts = accounts;
		this.oneTimeTokens = oneTimeTokens;
		this.snapshots = snapshots;
		this.policy = policy;
		this.passwords = passwords;
		this.mails = mails;
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
	public AccountId createClinician(String email, @Nullable String password, String displayName, String locale) {
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
			String token = this.oneTimeTokens.issue(account.getId(), Purpose.RESET_PASSWORD, now, INVITATION_TTL);
			this.mails.invitation(account, token);
		}
		else {
			this.registration.sendVerification(account, now);
		}
		return AccountId.of(account.getId());
	}

	/**
	 * The account with that id, if any (cached).
	 */
	public Optional<AccountSummary> find(AccountId id) {
		return Optional.ofNullable(this.snapshots.find(id.id())).map(AccountSummary::of);
	}

	/**
	 * The account with that id, read from the database (not the cache) with its row held
	 * until the caller's transaction ends, so it cannot be deleted meanwhile; empty once
	 * it has been. For a module about to copy the account's name or start something that
	 * bills it.
	 */
	public Optional<AccountSummary> hold(AccountId id) {
		return this.accounts.findForShare(id.id())
			.map(account -> new AccountSummary(account.getId(), account.getEmail(), account.getDisplayName(),
					account.getLocale(), account.getRoles()));
	}

	/**
	 * Guards a capability that needs a proven email address (cached check).
	 * @throws app.vitalia.platform.DomainException {@code EMAIL_NOT_VERIFIED} (403) when
	 * the address is not verified yet
	 */
	public void requireVerifiedEmail(AccountId id) {
		AccountSnapshot account = this.snapshots.find(id.id());
		if (account == null || !account.emailVerified()) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "EMAIL_NOT_VERIFIED",
					"Confirm your email address first: use the link we sent you, or ask for a new one");
		}
	}

	/**
	 * The accounts with these ids, in one query; unknown ids are left out.
	 */
	@Transactional(readOnly = true)
	public Map<AccountId, AccountSummary> findAll(Collection<AccountId> ids) {
		Map<AccountId, AccountSummary> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.accounts.findAllById(ids.stream().map(AccountId::id).toList())
			.forEach(account -> found.put(AccountId.of(account.getId()), AccountSummary.of(account.snapshot())));
		return found;
	}

}
