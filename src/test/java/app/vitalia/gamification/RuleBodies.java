package app.vitalia.gamification;

import java.util.HashMap;
import java.util.Map;

/**
 * Request bodies of {@code /api/admin/gamification/rules} that the gamification tests
 * send.
 */
public final class RuleBodies {

	private RuleBodies() {
	}

	/** The preloaded "profile completed" rule, with {@code points}. */
	public static Map<String, Object> profileRule(int points) {
		Map<String, Object> rule = new HashMap<>();
		rule.put("name", Map.of("es", "Perfil completado", "en", "Profile completed"));
		rule.put("trigger", "PROFILE_COMPLETED");
		rule.put("condition", Map.of("kind", "FIRST_TIME"));
		rule.put("points", points);
		rule.put("badgeCode", "PROFILE_COMPLETE");
		rule.put("active", true);
		return rule;
	}

}
