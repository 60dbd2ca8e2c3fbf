package app.vitalia.identity.passwords;

import app.vitalia.identity.accounts.Account;
import app.vitalia.platform.RateLimitProperties;
import app.vitalia.platform.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Accepts password-reset requests: the rate limits are checked at once, the lookup, token
 * and email happen after the answer, so the response takes the same time whether the
 * address has an account or not.
 */
@Component
public class ResetRequests {

	private static final Logger log = LoggerFactory.getLogger(ResetRequests.class);

	private final PasswordChanges credentials;

	private final RateLimiter limiter;

	private final RateLimitProperties limits;

	private final TaskExecutor executor;

	public ResetRequests(PasswordChanges credentials, RateLimiter limiter, RateLimitProperties limits,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.credentials = credentials;
		this.limiter = limiter;
		this.limits = limits;
		this.executor = executor;
	}

	public void accept(String email, String clientIp) {
		this.limiter.consume(this.limits.passwordResetPerIp(), clientIp);
		String normalized = Account.normalize(email);
		this.limiter.consume(this.limits.passwordResetPerIp(), "email:" + normalized);
		this.executor.execute(() -> {
			try {
				this.credentials.requestReset(normalized);
			}
			catch (RuntimeException ex) {
				log.warn("Password reset for a requested address failed", ex);
			}
		});
	}

}
