package app.vitalia.identity;

import java.util.List;

import app.vitalia.platform.RateLimitProperties;
import app.vitalia.platform.RateLimiter;
import app.vitalia.platform.TooManyRequestsException;

import org.springframework.stereotype.Component;

/**
 * Throttles password guessing without handing attackers a way to lock owners out: only
 * failures spend budget, strictly per (account, client), loosely per account (so guesses
 * spread over many clients stay under the hourly account limit) and per client across
 * accounts. A client that has not been failing keeps its own budget on the account, so
 * the owner signs in while an attacker elsewhere is throttled; once distributed guessing
 * has spent the account's budget, the owner's trusted devices ({@link TrustedDevices})
 * still sign in, since only attempts without one are held to the account budget.
 */
@Component
public class SignInThrottle {

	private final RateLimiter limiter;

	private final RateLimitProperties limits;

	public SignInThrottle(RateLimiter limiter, RateLimitProperties limits) {
		this.limiter = limiter;
		this.limits = limits;
	}

	/** Refuses the attempt (429) when any of its budgets is spent; spends nothing. */
	public void check(String account, String client) {
		check(account, client, false);
	}

	/**
	 * As {@link #check(String, String)} for the signed-in owner confirming an action with
	 * their password (a new one, deleting the account): like a trusted device, not held
	 * to the account's budget that guessing elsewhere may have spent. Their failures
	 * still spend every budget ({@link #failed}).
	 */
	public void checkOwner(String account, String client) {
		check(account, client, true);
	}

	/**
	 * As {@link #check(String, String)}; a trusted device is not held to the account's
	 * budget (its own per-client budgets still apply).
	 */
	public void check(String account, String client, boolean trustedDevice) {
		for (Budget budget : budgets(account, client)) {
			if (trustedDevice && budget.limit().equals(this.limits.loginPerAccount())) {
				continue;
			}
			if (this.limiter.available(budget.limit(), budget.key()) <= 0) {
				throw new TooManyRequestsException("RATE_LIMITED", budget.limit().capacity(),
						budget.limit().period().dividedBy(budget.limit().capacity()));
			}
		}
	}

	/** Spends one failure from every budget. */
	public void failed(String account, String client) {
		for (Budget budget : budgets(account, client)) {
			this.limiter.tryConsume(budget.limit(), budget.key());
		}
	}

	private List<Budget> budgets(String account, String client) {
		return List.of(new Budget(this.limits.loginPerAccountAndClient(), account + "|" + client),
				new Budget(this.limits.loginPerAccount(), account), new Budget(this.limits.loginPerIp(), client));
	}

	private record Budget(RateLimiter.Limit limit, String key) {
	}

}
