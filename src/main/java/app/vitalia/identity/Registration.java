package app.vitalia.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import app.vitalia.identity.accounts.Account;
import app.vitalia.identity.accounts.AccountRepository;
import app.vitalia.identity.accounts.AccountSnapshot;
import app.vitalia.identity.accounts.AccountSnapshots;
import app.vitalia.identity.passwords.PasswordPolicy;
import app.vitalia.identity.tokens.OneTimeTokens.Purpose;
import app.vitalia.identity.tokens.OneTimeTokens;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.RateLimitProperties;
import app.vitalia.platform.RateLimiter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening an account and proving its email address.
 */
@Service
class Registration {

	static final Duration VERIFICATION_TTL = Duration.ofHours(48);

	private final AccountRepository accounts;

	private final OneTimeTokens oneTimeTokens;

	private final AccountSnapshots snapshots;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final IdentityMails mails;

	private final RateLimiter limiter;

	private final RateLimitProperties limits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Registration(AccountRepository accounts, OneTimeTokens oneTimeTokens, AccountSnapshots snapshots,
			PasswordPolicy policy, PasswordEncoder passwords, IdentityMails mails, RateLimiter limiter,
			RateLimitProperties limits, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.oneTimeTokens = oneTimeTokens;
		this.snapshots = snapshots;
		this.policy = policy;
		this.passwords = passwords;
		this.mails = mails;
		this.limiter = limiter;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public AccountSnapshot register(String email, String password, String displayName, String locale, String clientIp) {
		this.limiter.consume(this.limits.registrationPerIp(), clientIp);
		String normalized = Account.normalize(email);
		this.policy.check("password", password, normalized, displayName);
		if (this.accounts.existsByEmail(normalized)) {
			throw IdentityProblems.emailTaken();
		}
		Instant now = this.clock.instant();
		Account account = Account.register(normalized, this.passwords.encode(password), displayName, locale, now);
		try {
			this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException raced) {
			throw IdentityProblems.emailTaken();
		}
		sendVerification(account, now);
		this.events.publishEvent(new AccountRegistered(AccountId.of(account.getId()), account.getEmail(),
				account.getDisplayName(), locale));
		return account.snapshot();
	}

	@Transactional
	public void verify(String token) {
		Instant now = this.clock.instant();
		UUID holder = this.oneTimeTokens.redeem(token, Purpose.VERIFY_EMAIL, now)
			.orElseThrow(IdentityProblems::invalidLink);
		Account account = this.accounts.findById(holder).orElseThrow(IdentityProblems::invalidLink);
		account.verifyEmail(now);
		this.snapshots.evict(account.getId());
		this.events.publishEvent(new EmailVerified(AccountId.of(account.getId()), account.getEmail(), now));
	}

	@Transactional
	public void resendVerification(UUID accountId) {
		this.limiter.consume(this.limits.passwordResetPerIp(), "verify:" + accountId);
		Account account = this.accounts.findById(accountId).orElseThrow(() -> DomainException.notFound("The account"));
		if (account.snapshot().emailVerified()) {
			throw new DomainException(DomainException.Kind.CONFLICT, "EMAIL_ALREADY_VERIFIED",
					"This email address is already verified");
		}
		sendVerification(account, this.clock.instant());
	}

	/** Emails a link confirming the account's address, replacing any earlier one. */
	void sendVerification(Account account, Instant now) {
		String token = this.oneTimeTokens.replace(account.getId(), Purpose.VERIFY_EMAIL, now, VERIFICATION_TTL);
		this.mails.verification(account, token);
	}

}
