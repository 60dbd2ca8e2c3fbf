package app.vitalia.platform;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * The one check of a time zone a client sends: an IANA zone such as
 * {@code Europe/Madrid}, or the request fails with {@value #INVALID} on the field.
 */
public final class TimeZones {

	/** The error code of a time zone Java does not know. */
	public static final String INVALID = "INVALID_TIME_ZONE";

	private TimeZones() {
	}

	/**
	 * The zone {@code value} names.
	 * @throws DomainException (invalid, {@value #INVALID} on {@code field}) when it names
	 * none
	 */
	public static ZoneId parse(String field, @Nullable String value) {
		try {
			if (value != null) {
				return ZoneId.of(value);
			}
		}
		catch (DateTimeException unknown) {
			// answered below, like a missing zone
		}
		throw DomainException.invalid(field, INVALID, "must be an IANA time zone such as Europe/Madrid");
	}

}
