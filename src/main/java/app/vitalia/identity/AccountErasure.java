package app.vitalia.identity;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.identity.accounts.Account;
import app.vitalia.identity.accounts.AccountRepository;
import app.vitalia.identity.accounts.AccountSnapshots;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.Mailer;
import app.vitalia.platform.PersonalData;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member deleting their own account (GDPR article 17): with their password, every
 * module's {@link PersonalData} part erases what it keeps, in one transaction, the
 * account last. A part may refuse (a subscription that would renew, an appointment still
 * to come); then nothing is erased and the member is told what to do first. Clinicians
 * and admins are refused: other people depend on those accounts, and an admin takes the
 * role away first.
 */
@Component
class AccountErasure {

	private static final Logger log = LoggerFactory.getLogger(AccountErasure.class);

	private final List<PersonalData> parts;

	private final AccountRepository accounts;

	private final AccountSnapshots snapshots;

	private final PasswordEncoder passwords;

	private final SignInThrottle throttle;

	private final Mailer mailer;

	AccountErasure(List<PersonalData> parts, AccountRepository accounts, AccountSnapshots snapshots,
			PasswordEncoder passwords, SignInThrottle throttle, Mailer mailer) {
		this.mailer = mailer;
		// the account's own part goes last: until then every other part can still refuse
		this.parts = parts.stream()
			.sorted(Comparator.comparing((PersonalData part) -> part.part().equals("account"))
				.thenComparing(PersonalData::part))
			.toList();
		this.accounts = accounts;
		this.snapshots = snapshots;
		this.passwords = passwords;
		this.throttle = throttle;
	}

	/**
	 * Wrong passwords spend the sign-in budgets of the account and of the client's
	 * address, as guesses at the sign-in form do.
	 */
	@Transactional
	void erase(UUID accountId, String password, String clientIp) {
		// held against modules that copy the account or start billing it (Accounts.hold)
		Account account = this.accounts.findForUpdate(accountId)
			.orElseThrow(() -> DomainException.notFound("The account"));
		this.throttle.checkOwner(account.getEmail(), clientIp);
		if (!account.hasPassword() || !this.passwords.matches(password, account.getPasswordHash())) {
			this.throttle.failed(account.getEmail(), clientIp);
			throw DomainException.invalid("password", "WRONG_PASSWORD", "is not your current password");
		}
		if (!EnumSet.of(Role.MEMBER).containsAll(account.getRoles())) {
			throw new DomainException(DomainException.Kind.CONFLICT, "ACCOUNT_HAS_DUTIES",
					"A clinician's or an admin's account is not deleted by its owner: an admin takes the role away first");
		}
		for (PersonalData part : this.parts) {
			part.erase(accountId, account.getEmail());
		}
		this.mailer.forget(account.getEmail());
		this.snapshots.evict(accountId);
		log.info("Account {} erased at its owner's request", accountId);
	}

}
