package app.vitalia.billing.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * An exact amount in an ISO 4217 currency, at the currency's scale (2 for EUR, 0 for
 * JPY). Never a floating-point number; anything that divides rounds half-even,
 * explicitly.
 */
public record Money(BigDecimal amount, Currency currency) {

	public Money {
		amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
	}

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), Currency.getInstance(currency.toUpperCase(Locale.ROOT)));
	}

	public static Money zero(Currency currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	/** An amount in the currency's smallest unit (cents), as gateways count. */
	public static Money ofMinor(long minor, Currency currency) {
		return new Money(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()), currency);
	}

	public long minorUnits() {
		return this.amount.movePointRight(this.currency.getDefaultFractionDigits()).longValueExact();
	}

	public boolean isPositive() {
		return this.amount.signum() > 0;
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(this.amount.add(other.amount), this.currency);
	}

	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(this.amount.subtract(other.amount), this.currency);
	}

	public int compareTo(Money other) {
		requireSameCurrency(other);
		return this.amount.compareTo(other.amount);
	}

	/** This amount times {@code numerator / denominator}, rounded half-even. */
	public Money times(long numerator, long denominator) {
		BigDecimal exact = this.amount.multiply(BigDecimal.valueOf(numerator));
		return new Money(exact.divide(BigDecimal.valueOf(denominator), this.currency.getDefaultFractionDigits(),
				RoundingMode.HALF_EVEN), this.currency);
	}

	/** The amount as a plain decimal string, e.g. {@code "9.99"}. */
	public String text() {
		return this.amount.toPlainString();
	}

	public String currencyCode() {
		return this.currency.getCurrencyCode();
	}

	private void requireSameCurrency(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException(this.currency + " and " + other.currency + " do not mix");
		}
	}

	@Override
	public String toString() {
		return text() + " " + currencyCode();
	}

}
