package app.vitalia.billing.ledger;

import app.vitalia.billing.catalog.Money;

/**
 * What an upgrade costs now: the price difference for the part of the period still to
 * run, {@code (new - old) × remaining / total}, rounded half-even to the currency's
 * cents. A downgrade costs nothing now; it applies at the next renewal.
 */
public final class Proration {

	private Proration() {
	}

	public static Money upgradeCharge(Money current, Money upgraded, long remainingSeconds, long periodSeconds) {
		if (upgraded.compareTo(current) <= 0) {
			throw new IllegalArgumentException("not an upgrade: " + current + " to " + upgraded);
		}
		if (periodSeconds <= 0) {
			return Money.zero(current.currency());
		}
		return upgraded.minus(current).times(Math.max(0, Math.min(remainingSeconds, periodSeconds)), periodSeconds);
	}

}
