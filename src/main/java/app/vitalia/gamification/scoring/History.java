package app.vitalia.gamification.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import app.vitalia.gamification.rules.Trigger;

/**
 * What the rules need of a member's earlier actions of one type, summed up by the log
 * instead of read row by row: how many there were, on which local days, and when those
 * within the longest window of the type's count rules happened (empty without one).
 */
public record History(Trigger type, long count, Set<LocalDate> days, List<Instant> times) {

	public History {
		days = Set.copyOf(days);
		times = List.copyOf(times);
	}

}
