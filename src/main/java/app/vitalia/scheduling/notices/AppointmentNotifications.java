package app.vitalia.scheduling.notices;

import app.vitalia.scheduling.AppointmentBook;
import app.vitalia.scheduling.AppointmentCancelled;
import app.vitalia.scheduling.AppointmentRescheduled;
import app.vitalia.scheduling.WaitlistOffers;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reacts to the module's own events after they commit: confirmation emails (cancelled,
 * rescheduled), and offering a freed slot (cancelled, or rescheduled away from) to the
 * waitlist. A booking's confirmation is stored by the booking itself, in its transaction
 * ({@link AppointmentBook}): the hottest write pays for no event publication.
 */
@Component
public class AppointmentNotifications {

	private final SchedulingMails mails;

	private final WaitlistOffers offers;

	public AppointmentNotifications(SchedulingMails mails, WaitlistOffers offers) {
		this.mails = mails;
		this.offers = offers;
	}

	@ApplicationModuleListener
	public void on(AppointmentCancelled cancelled) {
		this.mails.cancelled(cancelled.memberId().id(), cancelled.clinicianId().id(), cancelled.startsAt());
		this.offers.offerFreed(cancelled.clinicianId().id(), cancelled.startsAt());
	}

	@ApplicationModuleListener
	public void on(AppointmentRescheduled rescheduled) {
		this.mails.rescheduled(rescheduled.memberId().id(), rescheduled.clinicianId().id(),
				rescheduled.previousStartsAt(), rescheduled.startsAt());
		this.offers.offerFreed(rescheduled.clinicianId().id(), rescheduled.previousStartsAt());
	}

}
