package app.vitalia.scheduling.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import app.vitalia.identity.AccountId;
import app.vitalia.identity.AccountSummary;
import app.vitalia.identity.Accounts;
import app.vitalia.members.MemberId;
import app.vitalia.members.MemberProfiles;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.Mailer;
import app.vitalia.scheduling.appointments.Appointment;
import app.vitalia.scheduling.SchedulingProperties;
import app.vitalia.scheduling.directory.Clinicians;
import app.vitalia.scheduling.directory.Doctor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Appointment emails to the member, in their language, with times in their time zone;
 * confirmations say until when the member may still cancel or move the appointment.
 */
@Component
public class SchedulingMails {

	private final Mailer mailer;

	private final MessageSource messages;

	private final Accounts accounts;

	private final MemberProfiles profiles;

	private final Clinicians clinicians;

	private final String publicUrl;

	private final Duration cancellationWindow;

	private final Clock clock;

	public SchedulingMails(Mailer mailer, MessageSource messages, Accounts accounts, MemberProfiles profiles,
			Clinicians clinicians, @Value("${vitalia.public-url}") String publicUrl, SchedulingProperties properties,
			Clock clock) {
		this.cancellationWindow = properties.cancellationWindow();
		this.clock = clock;
		this.mailer = mailer;
		this.messages = messages;
		this.accounts = accounts;
		this.profiles = profiles;
		this.clinicians = clinicians;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * The confirmation of a booking, written but not stored: the booking stores it in its
	 * own transaction ({@link Mailer#sendAll}), so it goes out if and only if the booking
	 * commits.
	 */
	public Mailer.Letter booked(AccountSummary member, UUID doctorId, Instant startsAt) {
		return letter("scheduling.mail.booked", member, doctorId, startsAt, this.publicUrl + "/appointments",
				time -> "");
	}

	public void cancelled(UUID memberId, UUID doctorId, Instant startsAt) {
		send("scheduling.mail.cancelled", memberId, doctorId, startsAt, this.publicUrl + "/appointments", time -> "");
	}

	/** The new time, with the previous one as argument {4}. */
	public void rescheduled(UUID memberId, UUID doctorId, Instant previousStartsAt, Instant startsAt) {
		send("scheduling.mail.rescheduled", memberId, doctorId, startsAt, this.publicUrl + "/appointments",
				time -> time.when(previousStartsAt));
	}

	public void reminder(UUID memberId, UUID doctorId, Instant startsAt) {
		send("scheduling.mail.reminder", memberId, doctorId, startsAt, this.publicUrl + "/appointments", time -> "");
	}

	public void waitlistOffer(UUID memberId, UUID doctorId, Instant startsAt, Instant expiresAt) {
		send("scheduling.mail.offer", memberId, doctorId, startsAt,
				this.publicUrl + "/doctors/" + doctorId + "?date=" + startsAt, time -> time.clock(expiresAt));
	}

	/** Times as the member reads them: their language, their time zone. */
	private record MemberTime(Locale locale, ZoneId zone) {

		String when(Instant instant) {
			return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
				.withLocale(this.locale)
				.withZone(this.zone)
				.format(instant) + " (" + this.zone.getId() + ")";
		}

		String clock(Instant instant) {
			return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
				.withLocale(this.locale)
				.withZone(this.zone)
				.format(instant);
		}

	}

	/**
	 * Until when the member may still cancel or move it online, as the app enforces it.
	 */
	private String changeable(Instant startsAt, MemberTime time) {
		Instant until = startsAt.minus(this.cancellationWindow);
		if (until.isAfter(this.clock.instant())) {
			return this.messages.getMessage("scheduling.mail.changeableUntil", new Object[] { time.when(until) },
					time.locale());
		}
		return this.messages.getMessage("scheduling.mail.notChangeable",
				new Object[] { this.cancellationWindow.toHours() }, time.locale());
	}

	private void send(String key, UUID memberId, UUID doctorId, Instant startsAt, String link,
			Function<MemberTime, String> extra) {
		AccountSummary member = this.accounts.find(AccountId.of(memberId))
			.orElseThrow(() -> DomainException.notFound("The member"));
		send(key, member, doctorId, startsAt, link, extra);
	}

	private void send(String key, AccountSummary member, UUID doctorId, Instant startsAt, String link,
			Function<MemberTime, String> extra) {
		Mailer.Letter letter = letter(key, member, doctorId, startsAt, link, extra);
		this.mailer.send(letter.to(), letter.subject(), letter.body());
	}

	private Mailer.Letter letter(String key, AccountSummary member, UUID doctorId, Instant startsAt, String link,
			Function<MemberTime, String> extra) {
		Doctor doctor = this.clinicians.find(doctorId);
		MemberTime time = new MemberTime(Locale.forLanguageTag(member.locale()),
				this.profiles.zoneOf(MemberId.of(member.id())));
		String doctorName = doctor != null ? doctor.displayName() : "";
		Object[] arguments = { member.displayName(), doctorName, time.when(startsAt), link, extra.apply(time),
				changeable(startsAt, time) };
		return new Mailer.Letter(member.email(), this.messages.getMessage(key + ".subject", arguments, time.locale()),
				this.messages.getMessage(key + ".body", arguments, time.locale()));
	}

}
