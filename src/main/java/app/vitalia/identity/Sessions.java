package app.vitalia.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

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
		return login(email, password, clientIp, false, null);
	}

	/**
	 * Signs in; {@code trustedDevice} when the client presented a device token for this
	 * account ({@link TrustedDevices}), which exempts it from the account-wide budget.
	 */
	@Transactional
	public Tokens login(String email, String password, String clientIp, boolean trustedDevice,
			@Nullable String userAgent) {
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
		return issue(account.snapshot(), UUID.randomUUID(), now, device(userAgent), now);
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
		return issue(account, token.familyId(), now, token.device(), token.signedInAt());
	}

	@Transactional
	public void logout(String presented) {
		this.refreshTokens.revokeFamilyOf(presented, this.clock.instant());
	}

	/**
	 * Where the account is signed in now, most recently active first, the given sign-in
	 * ({@code current}, from the access token; may be unknown) marked.
	 */
	@Transactional(readOnly = true)
	public List<SignedIn> signedIn(UUID accountId, @Nullable UUID current) {
		List<RefreshTokens.Family> live = live(accountId, current);
		return live.stream()
			.map(family -> new SignedIn(family.id(), family.device(), family.signedInAt(), family.lastActiveAt(),
					family.id().equals(current)))
			.toList();
	}

	/**
	 * The account's live sign-ins, asked from one of them: a device signed out keeps its
	 * access token for a few minutes, but not the right to see or end the others.
	 * @throws DomainException 401 {@code SESSION_ENDED} when {@code current} is no longer
	 * signed in ({@code null}, a token from before sign-ins were named, is let through)
	 */
	private List<RefreshTokens.Family> live(UUID accountId, @Nullable UUID current) {
		List<RefreshTokens.Family> live = this.refreshTokens.live(accountId, this.clock.instant());
		if (current != null && live.stream().noneMatch(family -> family.id().equals(current))) {
			throw new DomainException(DomainException.Kind.UNAUTHORIZED, "SESSION_ENDED",
					"This sign-in has been ended; sign in again");
		}
		return live;
	}

	/** One place the account is signed in. */
	record SignedIn(UUID id, @Nullable String device, Instant signedInAt, Instant lastActiveAt, boolean current) {
	}

	/**
	 * Signs out one of the account's sign-ins: its refresh token stops working at once.
	 * @throws DomainException 404 when the account is not signed in there (any more)
	 */
	@Transactional
	public void signOut(UUID accountId, @Nullable UUID current, UUID session) {
		if (live(accountId, current).stream().noneMatch(family -> family.id().equals(session))) {
			throw DomainException.notFound("The sign-in");
		}
		this.refreshTokens.revoke(session, this.clock.instant());
	}

	/**
	 * Signs out every sign-in of the account but the current one; how many there were.
	 * @throws DomainException 409 {@code SESSION_UNKNOWN} when the access token does not
	 * say which sign-in it belongs to (issued before sign-ins were named)
	 */
	@Transactional
	public int signOutOthers(UUID accountId, @Nullable UUID current) {
		if (current == null) {
			throw new DomainException(DomainException.Kind.CONFLICT, "SESSION_UNKNOWN",
					"This session is too old to tell apart from the others; sign in again, then try once more");
		}
		List<UUID> others = live(accountId, current).stream()
			.map(RefreshTokens.Family::id)
			.filter(family -> !family.equals(current))
			.toList();
		Instant now = this.clock.instant();
		others.forEach(family -> this.refreshTokens.revoke(family, now));
		return others.size();
	}

	/** A User-Agent as kept: one clean line of at most 200 characters, or nothing. */
	static @Nullable String device(@Nullable String userAgent) {
		if (userAgent == null) {
			return null;
		}
		String line = userAgent.codePoints()
			.filter(c -> c >= 0x20 && c != 0x7f)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (line.isEmpty()) {
			return null;
		}
		if (line.length() <= 200) {
			return line;
		}
		// never half a surrogate pair
		return line.substring(0, Character.isHighSurrogate(line.charAt(199)) ? 199 : 200);
	}

	private Tokens issue(AccountSnapshot account, UUID familyId, Instant now, @Nullable String device,
			@Nullable Instant signedInAt) {
		Instant refreshExpiresAt = now.plus(this.properties.refreshTokenTtl());
		String refresh = this.refreshTokens.issue(account.id(), familyId, now, refreshExpiresAt, device, signedInAt);
		return new Tokens(this.accessTokens.issue(account, familyId, now), this.accessTokens.ttlSeconds(), refresh,
				refreshExpiresAt);
	}

}
