package app.vitalia.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import app.vitalia.identity.accounts.Account;
import app.vitalia.identity.accounts.AccountSnapshot;
import app.vitalia.identity.passwords.PasswordChanges;
import app.vitalia.identity.passwords.ResetRequests;
import app.vitalia.platform.OneLine;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration, sign-in and the emailed-link flows. The refresh token is returned in the
 * body (for mobile clients) and in an HttpOnly SameSite cookie scoped to
 * {@code /api/auth} (for the web app, which never stores it itself).
 */
@Tag(name = "Authentication",
		description = "Registration, sign-in, token refresh, email verification and password reset")
@RestController
@RequestMapping("/api/auth")
class AuthController {

	static final String REFRESH_COOKIE = "vitalia_refresh";

	record RegisterRequest(@NotBlank @Email(regexp = ".+@.+\\..+") @Size(max = 254) String email,
			@NotBlank @Size(max = 1024) String password, @NotBlank @Size(max = 100) @OneLine String displayName,
			@Nullable @Pattern(regexp = "es|en") String locale) {
	}

	record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1024) String password) {
	}

	record RefreshRequest(@Nullable @Size(max = 200) String refreshToken) {
	}

	record TokenRequest(@NotBlank @Size(max = 200) String token) {
	}

	record ResetRequest(@NotBlank @Size(max = 254) String email) {
	}

	record ResetConfirmation(@NotBlank @Size(max = 200) String token, @NotBlank @Size(max = 1024) String newPassword) {
	}

	/**
	 * Sent with {@code true} by clients that cannot keep the refresh cookie (mobile apps)
	 * to receive the refresh token in the body; browsers never need it, and scripts
	 * cannot read it from the HttpOnly cookie.
	 */
	static final String REFRESH_IN_BODY = "X-Refresh-Token-In-Body";

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TokenResponse(String accessToken, String tokenType, long expiresIn, @Nullable String refreshToken) {
	}

	record AccountResponse(UUID id, String email, String displayName, Set<Role> roles, boolean emailVerified,
			String locale) {

		static AccountResponse of(AccountSnapshot account) {
			return new AccountResponse(account.id(), account.email(), account.displayName(), account.roles(),
					account.emailVerified(), account.locale());
		}

	}

	private final Registration registration;

	private final Sessions sessions;

	private final PasswordChanges passwordChanges;

	private final ResetRequests resetRequests;

	private final IdentityProperties properties;

	private final TrustedDevices devices;

	AuthController(Registration registration, Sessions sessions, PasswordChanges passwordChanges,
			ResetRequests resetRequests, IdentityProperties properties, TrustedDevices devices) {
		this.devices = devices;
		this.registration = registration;
		this.sessions = sessions;
		this.passwordChanges = passwordChanges;
		this.resetRequests = resetRequests;
		this.properties = properties;
	}

	@Operation(summary = "Create a member account and email the confirmation link")
	@PostMapping("/register")
	@ResponseStatus(HttpStatus.CREATED)
	AccountResponse register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
		String locale = request.locale() != null ? request.locale() : "es";
		return AccountResponse.of(this.registration.register(request.email(), request.password(), request.displayName(),
				locale, http.getRemoteAddr()));
	}

	@Operation(summary = "Sign in: access token in the body, refresh token in a cookie")
	@PostMapping("/login")
	ResponseEntity<TokenResponse> login(@Valid @RequestBody LoginRequest request,
			@CookieValue(name = TrustedDevices.COOKIE, required = false) @Nullable String device,
			HttpServletRequest http) {
		String account = Account.normalize(request.email());
		boolean trusted = this.devices.trusts(device, account);
		ResponseEntity<TokenResponse> response = withCookie(this.sessions.login(request.email(), request.password(),
				http.getRemoteAddr(), trusted, http.getHeader(HttpHeaders.USER_AGENT)), http);
		String deviceCookie = ResponseCookie.from(TrustedDevices.COOKIE, trusted ? device : this.devices.issue(account))
			.httpOnly(true)
			.secure(this.properties.refreshCookieSecure() || http.isSecure())
			.sameSite("Strict")
			.path("/api/auth/login")
			.maxAge(TrustedDevices.LIFETIME)
			.build()
			.toString();
		return ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.header(HttpHeaders.SET_COOKIE, deviceCookie)
			.body(response.getBody());
	}

	@Operation(summary = "Exchange the refresh cookie for a new access token (rotating it)")
	@PostMapping("/refresh")
	ResponseEntity<TokenResponse> refresh(@RequestBody(required = false) @Valid @Nullable RefreshRequest request,
			@CookieValue(name = REFRESH_COOKIE, required = false) @Nullable String cookie, HttpServletRequest http) {
		String presented = request != null && request.refreshToken() != null ? request.refreshToken() : cookie;
		if (presented == null || presented.isBlank()) {
			throw IdentityProblems.invalidRefreshToken();
		}
		return withCookie(this.sessions.refresh(presented), http);
	}

	@Operation(summary = "Sign out: revoke the refresh token")
	@PostMapping("/logout")
	ResponseEntity<Void> logout(@RequestBody(required = false) @Valid @Nullable RefreshRequest request,
			@CookieValue(name = REFRESH_COOKIE, required = false) @Nullable String cookie, HttpServletRequest http) {
		String presented = request != null && request.refreshToken() != null ? request.refreshToken() : cookie;
		if (presented != null && !presented.isBlank()) {
			this.sessions.logout(presented);
		}
		return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, http)).build();
	}

	@Operation(summary = "Confirm an email address with the emailed token")
	@PostMapping("/verify-email")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void verifyEmail(@Valid @RequestBody TokenRequest request) {
		this.registration.verify(request.token());
	}

	@Operation(summary = "Send the confirmation email again")
	@PostMapping("/verify-email/resend")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void resendVerification(CurrentUser user) {
		this.registration.resendVerification(user.id());
	}

	@Operation(summary = "Email a password reset link")
	@PostMapping("/password-reset")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void requestReset(@Valid @RequestBody ResetRequest request, HttpServletRequest http) {
		this.resetRequests.accept(request.email(), http.getRemoteAddr());
	}

	@Operation(summary = "Set a new password with the emailed token")
	@PostMapping("/password-reset/confirm")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void confirmReset(@Valid @RequestBody ResetConfirmation request) {
		this.passwordChanges.confirmReset(request.token(), request.newPassword());
	}

	private ResponseEntity<TokenResponse> withCookie(Sessions.Tokens tokens, HttpServletRequest http) {
		Duration maxAge = Duration.between(Instant.now(), tokens.refreshExpiresAt());
		return ResponseEntity.ok()
			.header(HttpHeaders.SET_COOKIE, cookie(tokens.refreshToken(), maxAge, http))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(new TokenResponse(tokens.accessToken(), "Bearer", tokens.expiresIn(),
					"true".equalsIgnoreCase(http.getHeader(REFRESH_IN_BODY)) ? tokens.refreshToken() : null));
	}

	/**
	 * Secure when configured, and whenever the request came over HTTPS (behind a proxy
	 * too).
	 */
	private String cookie(String value, Duration maxAge, HttpServletRequest http) {
		return refreshCookie(value, maxAge, this.properties, http);
	}

	/** The refresh cookie's header; an empty value with no age removes it. */
	static String refreshCookie(String value, Duration maxAge, IdentityProperties properties, HttpServletRequest http) {
		return ResponseCookie.from(REFRESH_COOKIE, value)
			.httpOnly(true)
			.secure(properties.refreshCookieSecure() || http.isSecure())
			.sameSite("Strict")
			.path("/api/auth")
			.maxAge(maxAge)
			.build()
			.toString();
	}

}
