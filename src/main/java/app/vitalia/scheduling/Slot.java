package app.vitalia.scheduling;

import java.io.Serializable;
import java.time.Instant;

/**
 * A bookable interval {@code [start, end)}.
 */
record Slot(Instant start, Instant end) implements Serializable {

	boolean overlaps(Instant otherStart, Instant otherEnd) {
		return this.start.isBefore(otherEnd) && otherStart.isBefore(this.end);
	}

}
