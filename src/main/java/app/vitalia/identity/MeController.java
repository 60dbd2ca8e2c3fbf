package app.vitalia.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import app.vitalia.identity.AuthController.AccountResponse;
import app.vitalia.identity.access.AccessTokens;
import app.vitalia.identity.accounts.AccountSnapshot;
import app.vitalia.identity.accounts.AccountSnapshots;
import app.vitalia.identity.passwords.PasswordChanges;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.OneLine;
import app.vitalia.platform.RateLimiter;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in account: who am I, rename, language, password, where I am signed in, a
 * copy of my data.
 */
@Tag(name = "Account", description = "The signed-in account")
@RestController
class MeController {

	record AccountChanges(@Nullable @Size(min = 1, max = 100) @OneLine String displayName,
			@Nullable @Pattern(regexp = "es|en") String locale) {
	}

	record AccountDeletion(@NotBlank @Size(max = 1024) String password) {
	}

	record PasswordChange(@NotBlank @Size(max = 1024) String currentPassword,
			@NotBlank @Size(max = 1024) String newPassword) {
	}

	private final AccountSnapshots snapshots;

	private final AccountSettings settings;

	private final PasswordChanges passwordChanges;

	/**
	 * A copy reads every module's tables about the person: enough for anyone who wants
	 * one, and no way to keep the database busy with them.
	 */
	static final RateLimiter.Limit EXPORTS = new RateLimiter.Limit("data-export", 10, Duration.ofHours(1));

	private final PersonalDataExport personalData;

	private final RateLimiter limiter;

	private final Sessions sessions;

	private final AccountErasure erasure;

	private final IdentityProperties properties;

	MeController(AccountSnapshots snapshots, AccountSettings settings, PasswordChanges passwordChanges,
			PersonalDataExport personalData, RateLimiter limiter, Sessions sessions, AccountErasure erasure,
			IdentityProperties properties) {
		this.snapshots = snapshots;
		this.settings = settings;
		this.passwordChanges = passwordChanges;
		this.personalData = personalData;
		this.limiter = limiter;
		this.sessions = sessions;
		this.erasure = erasure;
		this.properties = properties;
	}

	/**
	 * A place the account is signed in: the browser and system that signed in (or only
	 * its User-Agent text, when neither is recognised), when, and when it was last used.
	 */
	record SignedInView(UUID id, @Nullable String browser, @Nullable String os, @Nullable String device,
			Instant signedInAt, Instant lastActiveAt, boolean current) {

		static SignedInView of(Sessions.SignedIn session) {
			DeviceName name = DeviceName.of(session.device());
			return new SignedInView(session.id(), name.browser(), name.os(), session.device(), session.signedInAt(),
					session.lastActiveAt(), session.current());
		}

	}

	record SignedOut(int signedOut) {
	}

	@Operation(summary = "Where the account is signed in",
			description = "Each sign-in that can still be refreshed, most recently active first; current is the one "
					+ "making this request.")
	@GetMapping("/api/me/sessions")
	List<SignedInView> sessions(CurrentUser user) {
		return this.sessions.signedIn(user.id(), currentSession()).stream().map(SignedInView::of).toList();
	}

	@Operation(summary = "Sign out one of the account's sign-ins",
			description = "Its refresh token stops working at once; an access token it already holds lasts until it "
					+ "expires (VITALIA_ACCESS_TOKEN_TTL, 15 minutes). Changing the password ends every sign-in at once.")
	@DeleteMapping("/api/me/sessions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void signOut(CurrentUser user, @PathVariable UUID id) {
		this.sessions.signOut(user.id(), currentSession(), id);
	}

	@Operation(summary = "Sign out every other sign-in of the account",
			description = "As DELETE /api/me/sessions/{id} for each sign-in but the one making this request.")
	@PostMapping("/api/me/sessions/sign-out-others")
	SignedOut signOutOthers(CurrentUser user) {
		return new SignedOut(this.sessions.signOutOthers(user.id(), currentSession()));
	}

	/**
	 * The sign-in the request's access token belongs to; null for a token from before.
	 */
	private static @Nullable UUID currentSession() {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
			String session = token.getToken().getClaimAsString(AccessTokens.SESSION_CLAIM);
			if (session != null) {
				try {
					return UUID.fromString(session);
				}
				catch (IllegalArgumentException ignored) {
					return null;
				}
			}
		}
		return null;
	}

	@Operation(summary = "The signed-in account: id, email, name, roles, language")
	@GetMapping("/api/me")
	AccountResponse me(CurrentUser user) {
		AccountSnapshot account = this.snapshots.find(user.id());
		if (account == null) {
			throw DomainException.notFound("The account");
		}
		return AccountResponse.of(account);
	}

	@Operation(summary = "Change the account's name or language")
	@PatchMapping("/api/me")
	AccountResponse change(CurrentUser user, @Valid @RequestBody AccountChanges changes) {
		return AccountResponse.of(this.settings.change(user.id(), changes.displayName(), changes.locale()));
	}

	@Operation(summary = "Delete the account and what Vitalia keeps about the person",
			description = "Needs the account's password. Profile, weights, diary, own foods, points, notifications, "
					+ "meal photos, summaries and sign-ins are erased at once and the email is free again. Payments "
					+ "stay for the accounts the law requires, and past appointments stay in the clinician's agenda, "
					+ "neither with the person's name, email or visit reason. Refused with 409 while a subscription "
					+ "would renew (SUBSCRIPTION_RENEWING) or an appointment is still to come (APPOINTMENTS_UPCOMING), "
					+ "and for clinician and admin accounts (ACCOUNT_HAS_DUTIES); then nothing is erased.")
	@DeleteMapping("/api/me")
	ResponseEntity<Void> delete(CurrentUser user, @Valid @RequestBody AccountDeletion deletion,
			HttpServletRequest http) {
		this.erasure.erase(user.id(), deletion.password(), http.getRemoteAddr());
		return ResponseEntity.noContent()
			.header(HttpHeaders.SET_COOKIE, AuthController.refreshCookie("", Duration.ZERO, this.properties, http))
			.build();
	}

	@Operation(summary = "Change the password (signs out every other session)")
	@PostMapping("/api/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(CurrentUser user, @Valid @RequestBody PasswordChange change, HttpServletRequest http) {
		this.passwordChanges.change(user.id(), change.currentPassword(), change.newPassword(), http.getRemoteAddr());
	}

	@Operation(summary = "A copy of everything Vitalia keeps about the signed-in account, as one JSON file",
			description = "Account and sessions, profile and weights, diary, appointments, subscription and payments, "
					+ "points and badges, notifications, meal photos and weekly summaries. Passwords, token hashes "
					+ "and push keys are never part of it; photo images are not included, only what is known of them. "
					+ "Ten copies an hour per account.")
	@GetMapping(path = "/api/me/data-export", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> export(CurrentUser user) {
		this.limiter.consume(EXPORTS, user.id().toString());
		PersonalDataExport.Copy copy = this.personalData.of(user.id());
		LocalDate day = LocalDate.ofInstant(copy.exportedAt(), ZoneOffset.UTC);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("vitalia-my-data-" + day + ".json").build().toString())
			.cacheControl(CacheControl.noStore())
			.body(copy.body());
	}

}
