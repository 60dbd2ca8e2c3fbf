package app.vitalia.identity.tokens;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes refresh tokens a day after they expired; kept that long so a late replay is
 * still recognised as one.
 */
@Component
class RefreshTokenCleanup {

	private static final Logger log = LoggerFactory.getLogger(RefreshTokenCleanup.class);

	private final RefreshTokenRepository tokens;

	private final Clock clock;

	RefreshTokenCleanup(RefreshTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void deleteExpired() {
		int deleted = this.tokens.deleteExpired(this.clock.instant().minus(Duration.ofDays(1)));
		if (deleted > 0) {
			log.info("Deleted {} expired refresh tokens", deleted);
		}
	}

}
