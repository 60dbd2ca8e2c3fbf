package app.vitalia.billing.catalog;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * How long one billing period lasts, as an ISO-8601 period in a single unit: days
 * ({@code P30D}), months ({@code P1M}) or years ({@code P1Y}). Period {@code n} of a
 * subscription ends at {@code anchor + n × period}, always counted from the anchor, so a
 * monthly plan started on 31 January renews on 28 (29) February and on 31 March.
 */
public record PlanPeriod(Period value) {

	public static @Nullable PlanPeriod parse(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			Period period = Period.parse(text);
			int units = (period.getYears() != 0 ? 1 : 0) + (period.getMonths() != 0 ? 1 : 0)
					+ (period.getDays() != 0 ? 1 : 0);
			if (units != 1 || period.isNegative() || period.getYears() > 5 || period.getMonths() > 36
					|| period.getDays() > 1000) {
				return null;
			}
			return new PlanPeriod(period);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The end of period {@code n} (the first is 1) of a subscription anchored at
	 * {@code anchor}.
	 */
	public Instant end(Instant anchor, int n) {
		return anchor.atZone(ZoneOffset.UTC).plus(this.value.multipliedBy(n)).toInstant();
	}

	/** Stripe's recurring interval: {@code day}, {@code month} or {@code year}. */
	public String interval() {
		return this.value.getYears() != 0 ? "year" : this.value.getMonths() != 0 ? "month" : "day";
	}

	public long intervalCount() {
		return this.value.getYears() != 0 ? this.value.getYears()
				: this.value.getMonths() != 0 ? this.value.getMonths() : this.value.getDays();
	}

	public String text() {
		return this.value.toString();
	}

}
