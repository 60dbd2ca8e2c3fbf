package app.vitalia.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import app.vitalia.platform.DomainException;
import app.vitalia.platform.RateLimitProperties;
import app.vitalia.platform.RateLimiter;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing and resetting passwords. Either way every access and refresh token issued
 * before stops working.
 */
@Service
class PasswordChanges {

	static final Duration RESET_TTL = Duration.ofHours(1);

	private final AccountRepository accounts;

	private final OneTimeTokenRepository oneTimeTokens;

	private final RefreshTokenRepository refreshTokens;

	private final AccountSnapshots snapshots;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final IdentityMails mails;

	private final RateLimiter limiter;

	private final RateLimitProperties limits;

	private final Clock clock;

	PasswordChanges(AccountRepository accounts, OneTimeTokenRepository oneTimeTokens,
			RefreshTokenRepository refreshTokens, AccountSnapshots snapshots, PasswordPolicy policy,
			PasswordEncoder passwords, IdentityMails mails, RateLimiter limiter, RateLimitProperties limits,
			Clock clock) {
		this.accounts = accounts;
		this.oneTimeTokens = oneTimeTokens;
		this.refreshTokens = refreshTokens;
		this.snapshots = snapshots;
		this.policy = policy;
		this.passwords = passwords;
		this.mails = mails;
		this.limiter = limiter;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Emails a reset link if the account exists; the answer is the same either way.
	 */
	@Transactional
	public void requestReset(String email, String clientIp) {
		this.limiter.consume(this.limits.passwordResetPerIp(), clientIp);
		String normalized = Account.normalize(email);
		this.limiter.consume(this.limits.passwordResetPerIp(), "email:" + normalized);
		this.accounts.findByEmail(normalized).ifPresent(account -> {
			Instant now = this.clock.instant();
			this.oneTimeTokens.expireOutstanding(account.getId(), OneTimeToken.Purpose.RESET_PASSWORD, now);
			String token = SecretTokens.generate();
			this.oneTimeTokens.save(new OneTimeToken(SecretTokens.hash(token), account.getId(),
					OneTimeToken.Purpose.RESET_PASSWORD, now, now.plus(RESET_TTL)));
			this.mails.passwordReset(account, token);
		});
	}

	@Transactional
	public void confirmReset(String token, String newPassword) {
		Instant now = this.clock.instant();
		OneTimeToken found = this.oneTimeTokens.findByTokenHash(SecretTokens.hash(token))
			.orElseThrow(IdentityProblems::invalidLink);
		Account account = this.accounts.findById(found.getAccountId()).orElseThrow(IdentityProblems::invalidLink);
		this.policy.check("newPassword", newPassword, account.getEmail(), account.getDisplayName());
		found.redeem(OneTimeToken.Purpose.RESET_PASSWORD, now);
		// the link reached the mailbox, which proves the address too
		account.verifyEmail(now);
		replacePassword(account, newPassword, now);
	}

	@Transactional
	public void change(UUID accountId, String currentPassword, String newPassword) {
		Account account = this.accounts.findById(accountId).orElseThrow(() -> DomainException.notFound("The account"));
		this.limiter.consume(this.limits.loginPerAccount(), account.getEmail());
		if (!account.hasPassword() || !this.passwords.matches(currentPassword, account.getPasswordHash())) {
			throw IdentityProblems.wrongCurrentPassword();
		}
		this.policy.check("newPassword", newPassword, account.getEmail(), account.getDisplayName());
		replacePassword(account, newPassword, this.clock.instant());
	}

	private void replacePassword(Account account, String newPassword, Instant now) {
		account.changePassword(this.passwords.encode(newPassword));
		this.refreshTokens.revokeAllOf(account.getId(), now);
		this.snapshots.evict(account.getId());
	}

}
