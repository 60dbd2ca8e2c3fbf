package app.vitalia.scheduling.calendar;

import java.io.Serializable;
import java.time.Instant;

/**
 * A bookable interval {@code [start, end)}.
 */
public record Slot(Instant start, Instant end) implements Serializable {

	public boolean overlaps(Instant otherStart, Instant otherEnd) {
		return this.start.isBefore(otherEnd) && otherStart.isBefore(this.end);
	}

}
