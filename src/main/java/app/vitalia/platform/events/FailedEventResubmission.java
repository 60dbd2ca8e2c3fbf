package app.vitalia.platform.events;

import java.time.Duration;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Gives failed event publications another go every minute, instead of at the next start
 * only. A listener that threw (its transaction rolled back), could not get a database
 * connection in time, or stayed unfinished past the staleness limits
 * ({@code spring.modulith.events.staleness.*}, which mark such publications failed) is
 * called again with the same event. Listeners are written to tolerate a second call.
 * <p>
 * Public because JobRunr calls {@link #resubmit()} by reflection.
 */
@Component
public class FailedEventResubmission {

	private final FailedEventPublications failed;

	/** Left alone this long after failing, so a burst of failures is not retried hot. */
	private final Duration minAge;

	FailedEventResubmission(FailedEventPublications failed,
			@Value("${vitalia.events.resubmit-min-age:30s}") Duration minAge) {
		this.failed = failed;
		this.minAge = minAge;
	}

	@Recurring(id = "platform-resubmit-failed-events", interval = "${vitalia.events.resubmit-interval:PT1M}")
	@Job(name = "Resubmit failed event publications")
	public void resubmit() {
		this.failed.resubmit(ResubmissionOptions.defaults().withMinAge(this.minAge));
	}

}
