package app.vitalia.scheduling.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes appointments as an RFC 5545 calendar: UTC times, escaped text, folded lines,
 * CRLF.
 */
public final class Ics {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private Ics() {
	}

	public static String calendar(String name, List<AppointmentQueries.Listed> appointments, boolean forClinician,
			Instant now) {
		return calendar(name, appointments, forClinician, now, true);
	}

	/** A calendar; reasons are health data, shown only when {@code withReasons}. */
	public static String calendar(String name, List<AppointmentQueries.Listed> appointments, boolean forClinician,
			Instant now, boolean withReasons) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Vitalia//Scheduling//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "X-WR-CALNAME:" + text(name));
		for (AppointmentQueries.Listed appointment : appointments) {
			String with = forClinician ? appointment.patientName() : appointment.doctorName();
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:" + appointment.id() + "@vitalia.app");
			line(ics, "DTSTAMP:" + UTC.format(now));
			line(ics, "DTSTART:" + UTC.format(appointment.startsAt()));
			line(ics, "DTEND:" + UTC.format(appointment.endsAt()));
			line(ics, "SUMMARY:" + text("Vitalia: " + (with != null ? with : "")));
			if (withReasons && appointment.reason() != null) {
				line(ics, "DESCRIPTION:" + text(appointment.reason()));
			}
			line(ics, "STATUS:" + (appointment.status() == AppointmentStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/** Folds at 75 octets, never inside a UTF-8 sequence or surrogate pair. */
	private static void line(StringBuilder ics, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint))
				.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				ics.append("\r\n ");
				octets = 1;
			}
			ics.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		ics.append("\r\n");
	}

}
