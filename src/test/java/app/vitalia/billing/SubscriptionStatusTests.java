package app.vitalia.billing;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static app.vitalia.billing.SubscriptionStatus.ACTIVE;
import static app.vitalia.billing.SubscriptionStatus.CANCELLED;
import static app.vitalia.billing.SubscriptionStatus.EXPIRED;
import static app.vitalia.billing.SubscriptionStatus.PAST_DUE;
import static app.vitalia.billing.SubscriptionStatus.TRIALING;
import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionStatusTests {

	static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");

	static final Instant LATER = NOW.plus(Duration.ofDays(10));

	static final Instant EARLIER = NOW.minus(Duration.ofDays(10));

	@Test
	void aPaidPeriodThatRunsIsActive() {
		assertThat(SubscriptionStatus.of(null, false, LATER, 0, null, NOW)).isEqualTo(ACTIVE);
	}

	@Test
	void aTrialThatRunsIsTrialingAndActiveOnceItIsOver() {
		assertThat(SubscriptionStatus.of(null, false, LATER, 0, LATER, NOW)).isEqualTo(TRIALING);
		assertThat(SubscriptionStatus.of(null, false, LATER, 0, EARLIER, NOW)).isEqualTo(ACTIVE);
	}

	@Test
	void cancelledKeepsAccessUntilThePeriodEndsThenExpires() {
		assertThat(SubscriptionStatus.of(null, true, LATER, 0, null, NOW)).isEqualTo(CANCELLED);
		assertThat(SubscriptionStatus.of(null, true, NOW, 0, null, NOW)).isEqualTo(EXPIRED);
		assertThat(SubscriptionStatus.of(null, true, LATER, 0, LATER, NOW)).isEqualTo(CANCELLED);
	}

	@Test
	void aFailedRenewalWithRetriesPendingIsPastDue() {
		assertThat(SubscriptionStatus.of(null, false, EARLIER, 1, null, NOW)).isEqualTo(PAST_DUE);
		assertThat(SubscriptionStatus.of(null, false, EARLIER, 3, EARLIER, NOW)).isEqualTo(PAST_DUE);
	}

	@Test
	void anEndedSubscriptionIsExpiredWhateverElseItSays() {
		assertThat(SubscriptionStatus.of(EARLIER, false, LATER, 0, null, NOW)).isEqualTo(EXPIRED);
		assertThat(SubscriptionStatus.of(EARLIER, false, LATER, 2, LATER, NOW)).isEqualTo(EXPIRED);
	}

	@Test
	void accessGoesWithTheStatus() {
		assertThat(ACTIVE.hasAccess()).isTrue();
		assertThat(TRIALING.hasAccess()).isTrue();
		assertThat(PAST_DUE.hasAccess()).isTrue();
		assertThat(CANCELLED.hasAccess()).isTrue();
		assertThat(EXPIRED.hasAccess()).isFalse();
		assertThat(SubscriptionStatus.NONE.hasAccess()).isFalse();
	}

}
