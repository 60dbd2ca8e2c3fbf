package app.vitalia.scheduling.slots;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A clinician's active appointments and waitlist holds from {@code from} to {@code to}:
 * what a slot listing takes away from the booking rules. Cached per clinician
 * ({@link SchedulingCaches#BOOKINGS}) and evicted whenever one of them changes.
 *
 * @param taken the appointments' intervals, without the buffer
 * @param holds holds that had not run out when this was read
 */
public record BookedTimes(Instant from, Instant to, Schedule.Taken taken,
		List<SlotHolds.Hold> holds) implements Serializable {

	boolean covers(Instant from, Instant to) {
		return !from.isBefore(this.from) && !to.isAfter(this.to);
	}

	/** Who holds the slot starting at {@code start} at {@code now}, if anyone. */
	public @Nullable UUID holder(Instant start, Instant now) {
		for (SlotHolds.Hold hold : this.holds) {
			if (hold.startsAt().equals(start) && hold.expiresAt().isAfter(now)) {
				return hold.memberId();
			}
		}
		return null;
	}

}
