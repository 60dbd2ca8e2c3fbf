package app.vitalia.gamification.leaderboard;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where the rankings of opted-in members are kept: SQL, or Redis sorted sets fed after
 * each award commits. Both answer the same questions for a generation and a window.
 */
interface Rankings {

	/** A leaderboard period as it stands now: where it starts and its name in keys. */
	record Window(Leaderboards.Period period, @Nullable Instant from, String name) {
	}

	record Ranked(UUID memberId, long points) {
	}

	/** An opted-in member's points in the window and how many members have more. */
	record Standing(long points, long ahead) {
	}

	/** The members with points in the window, most first. */
	List<Ranked> top(int generation, Window window, int limit);

	/** The member's standing, or null when they have not opted in. */
	@Nullable Standing standing(int generation, Window window, UUID memberId);

	/**
	 * Called after a transaction that changed these members' points or opt-in committed.
	 */
	void changed(int generation, List<Window> windows, Collection<UUID> members);

	/** Recomputes the windows' rankings from the awards. */
	void rebuild(int generation, List<Window> windows);

}
