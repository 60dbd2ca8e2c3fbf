package app.vitalia.scheduling;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reacts to the module's own events after they commit: confirmation emails (booked,
 * cancelled, rescheduled), and offering a freed slot (cancelled, or rescheduled away
 * from) to the waitlist.
 */
@Component
class AppointmentNotifications {

	private final SchedulingMails mails;

	private final WaitlistOffers offers;

	AppointmentNotifications(SchedulingMails mails, WaitlistOffers offers) {
		this.mails = mails;
		this.offers = offers;
	}

	@ApplicationModuleListener
	void on(AppointmentBooked booked) {
		this.mails.booked(booked.patientId(), booked.doctorId(), booked.startsAt());
	}

	@ApplicationModuleListener
	void on(AppointmentCancelled cancelled) {
		this.mails.cancelled(cancelled.patientId(), cancelled.doctorId(), cancelled.startsAt());
		this.offers.offerFreed(cancelled.doctorId(), cancelled.startsAt());
	}

	@ApplicationModuleListener
	void on(AppointmentRescheduled rescheduled) {
		this.mails.rescheduled(rescheduled.patientId(), rescheduled.doctorId(), rescheduled.previousStartsAt(),
				rescheduled.startsAt());
		this.offers.offerFreed(rescheduled.doctorId(), rescheduled.previousStartsAt());
	}

}
