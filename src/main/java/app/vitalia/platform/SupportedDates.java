package app.vitalia.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;

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

	/**
	 * A query parameter that is an ISO date (the start of that day, UTC) or an ISO
	 * date-time with offset; {@code null} when absent. Refused with a 400 naming
	 * {@code field}: {@code INVALID_DATE} when unreadable, {@code OUT_OF_RANGE} outside
	 * the supported years.
	 */
	public static @Nullable Instant parseInstant(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			Instant instant = value.contains("T") ? OffsetDateTime.parse(value).toInstant()
					: LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
			if (!contains(instant)) {
				throw DomainException.invalid(field, "OUT_OF_RANGE",
						"must fall in the years " + MIN_YEAR + " to " + MAX_YEAR);
			}
			return instant;
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid(field, "INVALID_DATE", "must be an ISO date or date-time with offset");
		}
	}

}
