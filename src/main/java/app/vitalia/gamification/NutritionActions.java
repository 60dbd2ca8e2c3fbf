package app.vitalia.gamification;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.vitalia.gamification.rules.Trigger;
import app.vitalia.nutrition.FoodsLogged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Nutrition's events: each diary entry is logged on the member's own diary day, a batch
 * of entries in one transaction.
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
	void on(FoodsLogged batch) {
		Instant now = this.clock.instant();
		List<ActionRecorder.Action> actions = batch.entries().stream().map(logged -> {
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("meal", logged.meal().name());
			payload.put("foodId", logged.foodId().toString());
			return new ActionRecorder.Action("food-logged:" + logged.entryId(), logged.memberId().id(),
					Trigger.FOOD_LOGGED, now, logged.date(), payload);
		}).toList();
		this.recorder.recordAll(actions);
	}

}
