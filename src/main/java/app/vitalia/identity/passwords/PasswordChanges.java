package app.vitalia.identity.passwords;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import app.vitalia.identity.AccountId;
import app.vitalia.identity.IdentityMails;
import app.vitalia.identity.IdentityProblems;
import app.vitalia.identity.PasswordChanged;
import app.vitalia.identity.SignInThrottle;
import app.vitalia.identity.accounts.Account;
import app.vitalia.identity.accounts.AccountRepository;
import app.vitalia.identity.accounts.AccountSnapshots;
import app.vitalia.identity.tokens.OneTimeTokens.Purpose;
import app.vitalia.identity.tokens.OneTimeTokens;
import app.vitalia.identity.tokens.RefreshTokens;
import app.vitalia.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing and resetting passwords. Either way every access and refresh token issued
 * before stops working.
 */
@Service
public class PasswordChanges {

	static final Duration RESET_TTL = Duration.ofHours(1);

	private final AccountRepository accounts;

	private final OneTimeTokens oneTimeTokens;

	private final RefreshTokens refreshTokens;

	private final AccountSnapshots snapshots;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final IdentityMails mails;

	private final SignInThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public PasswordChanges(AccountRepository accounts, OneTimeTokens oneTimeTokens, RefreshTokens refreshTokens,
			AccountSnapshots snapshots, PasswordPolicy policy, PasswordEncoder passwords, IdentityMails mails,
			SignInThrottle throttle, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.oneTimeTokens = oneTimeTokens;
		this.refreshTokens = refreshTokens;
		this.snapshots = snapshots;
		this.policy = policy;
		this.passwords = passwords;
		this.mails = mails;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Emails a reset link if the account exists ({@link ResetRequests} calls it after
	 * answering, so the answer says nothing either way).
	 */
	@Transactional
	public void requestReset(String normalized) {
		this.accounts.findByEmail(normalized).ifPresent(account -> {
			Instant now = this.clock.instant();
			String token = this.oneTimeTokens.replace(account.getId(), Purpose.RESET_PASSWORD, now, RESET_TTL);
			this.mails.passwordReset(account, token);
		});
	}

	@Transactional
	public void confirmReset(String token, String newPassword) {
		Instant now = this.clock.instant();
		UUID holder = this.oneTimeTokens.holder(token).orElseThrow(IdentityProblems::invalidLink);
		Account account = this.accounts.findById(holder).orElseThrow(IdentityProblems::invalidLink);
		this.policy.check("newPassword", newPassword, account.getEmail(), account.getDisplayName());
		this.oneTimeTokens.redeem(token, Purpose.RESET_PASSWORD, now).orElseThrow(IdentityProblems::invalidLink);
		// the link reached the mailbox, which proves the address too
		account.verifyEmail(now);
		replacePassword(account, newPassword, now);
	}

	/**
	 * Wrong current passwords spend the sign-in budgets of the account and of the
	 * client's address.
	 */
	@Transactional
	public void change(UUID accountId, String currentPassword, String newPassword, String clientIp) {
		Account account = this.accounts.findById(accountId).orElseThrow(() -> DomainException.notFound("The account"));
		this.throttle.checkOwner(account.getEmail(), clientIp);
		if (!account.hasPassword() || !this.passwords.matches(currentPassword, account.getPasswordHash())) {
			this.throttle.failed(account.getEmail(), clientIp);
			throw IdentityProblems.wrongCurrentPassword();
		}
		if (newPassword.equals(currentPassword)) {
			// nothing would change, yet every other session would end
			throw DomainException.invalid("newPassword", "SAME_PASSWORD",
					"The new password must differ from the current one");
		}
		this.policy.check("newPassword", newPassword, account.getEmail(), account.getDisplayName());
		replacePassword(account, newPassword, this.clock.instant());
	}

	private void replacePassword(Account account, String newPassword, Instant now) {
		account.changePassword(this.passwords.encode(newPassword));
		this.refreshTokens.revokeAllOf(account.getId(), now);
		this.snapshots.evict(account.getId());
		this.events.publishEvent(new PasswordChanged(AccountId.of(account.getId()), now));
	}

}
