package app.vitalia.gamification;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import app.vitalia.gamification.rules.Trigger;
import app.vitalia.nutrition.FoodLogged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Nutrition's events: each diary entry is logged on the member's own diary day.
 */
@Component
class NutritionActions {

	private final ActionRecorder recorder;

	private final Clock clock;

	NutritionActions(ActionRecorder recorder, Clock clock) {
		this.recorder = recorder;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(FoodLogged logged) {
		Map<String, Object> payload = new HashMap<>();
		payload.put("meal", logged.meal().name());
		payload.put("foodId", logged.foodId().toString());
		this.recorder.record("food-logged:" + logged.entryId(), logged.memberId().id(), Trigger.FOOD_LOGGED,
				this.clock.instant(), logged.date(), payload);
	}

}
