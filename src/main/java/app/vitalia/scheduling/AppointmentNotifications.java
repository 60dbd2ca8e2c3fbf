package app.vitalia.scheduling;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reacts to the module's own events after they commit: confirmation emails, and offering
 * a freed slot to the waitlist.
 */
@Component
class AppointmentNotifications {

	private final SchedulingMails mails;

	private final Waitlist waitlist;

	AppointmentNotifications(SchedulingMails mails, Waitlist waitlist) {
		this.mails = mails;
		this.waitlist = waitlist;
	}

	@ApplicationModuleListener
	void on(AppointmentBooked booked) {
		this.mails.booked(booked.patientId(), booked.doctorId(), booked.startsAt());
	}

	@ApplicationModuleListener
	void on(AppointmentCancelled cancelled) {
		this.mails.cancelled(cancelled.patientId(), cancelled.doctorId(), cancelled.startsAt());
		this.waitlist.offer(cancelled.doctorId(), cancelled.startsAt())
			.ifPresent(offer -> this.mails.waitlistOffer(offer.memberId(), offer.doctorId(), offer.startsAt(),
					offer.expiresAt()));
	}

}
