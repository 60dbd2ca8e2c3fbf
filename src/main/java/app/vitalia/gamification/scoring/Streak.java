package app.vitalia.gamification.scoring;

import java.time.LocalDate;
import java.util.NavigableSet;

import org.jspecify.annotations.Nullable;

/**
 * Consecutive local days: the run ending on {@code lastDay} and the longest run ever.
 */
public record Streak(int current, int longest, @Nullable LocalDate lastDay) {

	static Streak of(NavigableSet<LocalDate> days) {
		if (days.isEmpty()) {
			return new Streak(0, 0, null);
		}
		int longest = 0;
		int run = 0;
		LocalDate previous = null;
		for (LocalDate day : days) {
			run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
			longest = Math.max(longest, run);
			previous = day;
		}
		return new Streak(run, longest, previous);
	}

	/**
	 * The current run as seen on {@code today}: alive if its last day is today or
	 * yesterday, broken otherwise.
	 */
	public int currentOn(LocalDate today) {
		return this.lastDay != null && !this.lastDay.isBefore(today.minusDays(1)) ? this.current : 0;
	}

}
