package app.vitalia.platform.replica;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who wrote recently: a caller who changed something reads from the primary for a short
 * window, so they see their own change even while the replica replays it. Per instance (a
 * caller moved to another instance within the window may read the replica).
 */
class ReadYourWrites {

	private final Cache<String, Boolean> writers;

	ReadYourWrites(Duration window) {
		this.writers = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(1_000_000).build();
	}

	/** The current caller changed something just now. */
	void wrote() {
		String caller = caller();
		if (caller != null) {
			this.writers.put(caller, Boolean.TRUE);
		}
	}

	/** Whether the current caller's reads must see the primary. */
	boolean mustReadPrimary() {
		String caller = caller();
		return caller != null && this.writers.getIfPresent(caller) != null;
	}

	private static String caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : null;
	}

}
