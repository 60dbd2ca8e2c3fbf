package app.vitalia.platform;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The dates Vitalia stores and computes with: years 1 to 9999. Dates outside are refused
 * where they enter (request bodies, query parameters), so no arithmetic overflows and no
 * database column is asked to hold what it cannot.
 */
public final class SupportedDates {

	public static final int MIN_YEAR = 1;

	public static final int MAX_YEAR = 9999;

	private SupportedDates() {
	}

	/** Whether a date, date-time or instant falls in the supported years. */
	public static boolean contains(TemporalAccessor value) {
		TemporalAccessor dated = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
		if (!dated.isSupported(ChronoField.YEAR)) {
			return true;
		}
		int year = dated.get(ChronoField.YEAR);
		return year >= MIN_YEAR && year <= MAX_YEAR;
	}

}
