package app.vitalia.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import app.vitalia.identity.access.AccessTokens;
import app.vitalia.identity.accounts.Account;
import app.vitalia.identity.accounts.AccountRepository;
import app.vitalia.identity.accounts.AccountSnapshot;
import app.vitalia.identity.accounts.AccountSnapshots;
import app.vitalia.identity.tokens.RefreshTokens;
import app.vitalia.identity.tokens.SecretTokens;
import app.vitalia.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Signing in, refreshing and signing out. Refresh tokens rotate on every use; presenting
 * one that was already used revokes its whole family, which ends a stolen token's session
 * too.
 */
@Service
class Sessions {

	record Tokens(String accessToken, long expiresIn, String refreshToken, Instant refreshExpiresAt) {
	}

	private final AccountRepository accounts;

	private final RefreshTokens refreshTokens;

	private final AccountSnapshots snapshots;

	private final AccessTokens accessTokens;

	private final PasswordEncoder passwords;

	private final SignInThrottle throttle;

	private final IdentityProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * A hash to check passwords against when no account has the email, so that such a
	 * sign-in takes as long as one with a wrong password. Made at the first such sign-in,
	 * not at start: an Argon2 hash is about 5 % of a start's work on the main thread.
	 */
	private final Supplier<String> dummyHash;

	Sessions(AccountRepository accounts, RefreshTokens refreshTokens, AccountSnapshots snapshots,
			AccessTokens accessTokens, PasswordEncoder passwords, SignInThrottle throttle,
			IdentityProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.refreshTokens = refreshTokens;
		this.snapshots = snapshots;
		this.accessTokens = accessTokens;
		this.passwords = passwords;
		this.throttle = throttle;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.dummyHash = SingletonSupplier.of(() -> passwords.encode(SecretTokens.generate()));
	}

	@Transactional
	public Tokens login(String email, String password, String clientIp) {
		return login(email, password, clientIp, false);
	}

	/**
	 * Signs in; {@code trustedDevice} when the client presented a device token for this
	 * account ({@link TrustedDevices}), which exempts it from the account-wide budget.
	 */
	@Transactional
	public Tokens login(String email, String password, String clientIp, boolean trustedDevice) {
		String normalized = Account.normalize(email);
		this.throttle.check(normalized, clientIp, trustedDevice);
		Account account = this.accounts.findByEmail(normalized).orElse(null);
		if (account == null || !account.hasPassword()) {
			// same work as a real check, so response time does not reveal which emails
			// exist
			this.passwords.matches(password, this.dummyHash.get());
			this.throttle.failed(normalized, clientIp);
			throw IdentityProblems.badCredentials();
		}
		if (!this.passwords.matches(password, account.getPasswordHash())) {
			this.throttle.failed(normalized, clientIp);
			throw IdentityProblems.badCredentials();
		}
		Instant now = this.clock.instant();
		this.events.publishEvent(new LoggedIn(AccountId.of(account.getId()), now));
		return issue(account.snapshot(), UUID.randomUUID(), now);
	}

	@Transactional(noRollbackFor = DomainException.class)
	public Tokens refresh(String presented) {
		Instant now = this.clock.instant();
		RefreshTokens.Spent token = this.refreshTokens.spend(presented, now)
			.orElseThrow(IdentityProblems::invalidRefreshToken);
		AccountSnapshot account = this.snapshots.find(token.accountId());
		if (account == null) {
			throw IdentityProblems.invalidRefreshToken();
		}
		return issue(account, token.familyId(), now);
	}

	@Transactional
	public void logout(String presented) {
		this.refreshTokens.revokeFamilyOf(presented, this.clock.instant());
	}

	private Tokens issue(AccountSnapshot account, UUID familyId, Instant now) {
		Instant refreshExpiresAt = now.plus(this.properties.refreshTokenTtl());
		String refresh = this.refreshTokens.issue(account.id(), familyId, now, refreshExpiresAt);
		return new Tokens(this.accessTokens.issue(account, now), this.accessTokens.ttlSeconds(), refresh,
				refreshExpiresAt);
	}

}
