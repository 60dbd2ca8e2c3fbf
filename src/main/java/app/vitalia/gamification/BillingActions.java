package app.vitalia.gamification;

import java.time.Clock;
import java.util.Map;

import app.vitalia.billing.SubscriptionActivated;
import app.vitalia.gamification.rules.Trigger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Billing's events: a subscription that starts counts for the member.
 */
@Component
class BillingActions {

	private final ActionRecorder recorder;

	private final Clock clock;

	BillingActions(ActionRecorder recorder, Clock clock) {
		this.recorder = recorder;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(SubscriptionActivated activated) {
		this.recorder.record("subscription-activated:" + activated.subscriptionId(), activated.memberId().id(),
				Trigger.SUBSCRIPTION_ACTIVATED, this.clock.instant(),
				Map.of("planCode", activated.planCode(), "trialing", activated.trialing()));
	}

}
