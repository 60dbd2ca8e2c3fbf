package app.vitalia.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rate limits, all configurable through {@code VITALIA_RATE_LIMIT_*} environment
 * variables.
 */
@ConfigurationProperties("vitalia.rate-limit")
public record RateLimitProperties(long anonymousPerMinute, long authenticatedPerMinute, long loginPerAccountPerHour,
		long loginPerAccountAndClientPerHour, long loginPerIpPerMinute, long registrationPerIpPerHour,
		long passwordResetPerIpPerHour, long unauthorizedPerIpPerMinute) {

	public RateLimiter.Limit anonymous() {
		return new RateLimiter.Limit("anon", this.anonymousPerMinute, Duration.ofMinutes(1), true);
	}

	public RateLimiter.Limit authenticated() {
		return new RateLimiter.Limit("acct", this.authenticatedPerMinute, Duration.ofMinutes(1), true);
	}

	/** Failed sign-ins on one account from every client together (loose). */
	public RateLimiter.Limit loginPerAccount() {
		return new RateLimiter.Limit("login-acct", this.loginPerAccountPerHour, Duration.ofHours(1));
	}

	/** Failed sign-ins on one account from one client (strict). */
	public RateLimiter.Limit loginPerAccountAndClient() {
		return new RateLimiter.Limit("login-acct-ip", this.loginPerAccountAndClientPerHour, Duration.ofHours(1));
	}

	/** Failed sign-ins from one client on any account. */
	public RateLimiter.Limit loginPerIp() {
		return new RateLimiter.Limit("login-ip", this.loginPerIpPerMinute, Duration.ofMinutes(1));
	}

	/** Requests answered 401 for one client (token guessing). */
	public RateLimiter.Limit unauthorizedPerIp() {
		return new RateLimiter.Limit("unauth-ip", this.unauthorizedPerIpPerMinute, Duration.ofMinutes(1));
	}

	public RateLimiter.Limit registrationPerIp() {
		return new RateLimiter.Limit("register-ip", this.registrationPerIpPerHour, Duration.ofHours(1));
	}

	public RateLimiter.Limit passwordResetPerIp() {
		return new RateLimiter.Limit("reset-ip", this.passwordResetPerIpPerHour, Duration.ofHours(1));
	}

}
