package app.vitalia.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.scheduling.notices.SchedulingMails;
import app.vitalia.scheduling.slots.SlotHolds;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Freed slots go to the waitlist first: the first member in line gets an email and a
 * hold. When a hold runs out unused, a recurring JobRunr job passes the slot on to the
 * next member in line; when nobody is left the slot simply stays public. Each expired
 * hold is passed on in its own transaction that starts by deleting that hold, so a
 * restart, a retry or a second instance sweeping at the same time can never pass it on
 * twice, and the new hold, the queue entry and the email commit (or roll back) together.
 * <p>
 * Public only because JobRunr invokes {@link #passOnExpiredHolds()} by reflection; other
 * modules have no reason to call it.
 */
@Component
public class WaitlistOffers {

	private static final Logger log = LoggerFactory.getLogger(WaitlistOffers.class);

	private static final int BATCH = 200;

	private final Waitlist waitlist;

	private final SlotHolds holds;

	private final SchedulingMails mails;

	private final TransactionTemplate eachOnItsOwn;

	private final Clock clock;

	WaitlistOffers(Waitlist waitlist, SlotHolds holds, SchedulingMails mails, PlatformTransactionManager transactions,
			Clock clock) {
		this.waitlist = waitlist;
		this.holds = holds;
		this.mails = mails;
		this.eachOnItsOwn = new TransactionTemplate(transactions);
		this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Offers a slot that has just been freed to the first member in line, if any. */
	public void offerFreed(UUID doctorId, Instant startsAt) {
		this.waitlist.offer(doctorId, startsAt)
			.ifPresent(offer -> this.mails.waitlistOffer(offer.memberId(), offer.doctorId(), offer.startsAt(),
					offer.expiresAt()));
	}

	/**
	 * Passes every hold that has run out on to the next member in line; returns how many
	 * holds this call ended.
	 */
	@Recurring(id = "scheduling-waitlist-holds", interval = "${vitalia.scheduling.waitlist-sweep-interval:PT1M}")
	@Job(name = "Pass expired waitlist holds on")
	public int passOnExpiredHolds() {
		Instant now = this.clock.instant();
		int ended = 0;
		List<SlotHolds.Hold> expired;
		do {
			expired = this.holds.expired(now, BATCH);
			int before = ended;
			for (SlotHolds.Hold hold : expired) {
				if (passOn(hold, now)) {
					ended++;
				}
			}
			if (ended == before) {
				break;
			}
		}
		while (expired.size() == BATCH);
		return ended;
	}

	private boolean passOn(SlotHolds.Hold hold, Instant now) {
		try {
			return Boolean.TRUE.equals(this.eachOnItsOwn.execute(status -> {
				if (!this.holds.endExpired(hold, now)) {
					return false;
				}
				offerFreed(hold.doctorId(), hold.startsAt());
				return true;
			}));
		}
		catch (RuntimeException ex) {
			log.warn("Expired hold of {} at {} not passed on, will retry: {}", hold.doctorId(), hold.startsAt(),
					ex.getMessage());
			return false;
		}
	}

}
