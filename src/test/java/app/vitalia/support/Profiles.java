package app.vitalia.support;

import java.util.HashMap;
import java.util.Map;

/**
 * Profile request bodies for tests that need a member with a complete profile.
 */
public final class Profiles {

	private Profiles() {
	}

	/** A complete profile in Madrid's time zone. */
	public static Map<String, Object> complete() {
		Map<String, Object> profile = new HashMap<>();
		profile.put("birthDate", "1990-05-15");
		profile.put("sex", "FEMALE");
		profile.put("heightCm", 165);
		profile.put("weightKg", 60);
		profile.put("activityLevel", "MODERATE");
		profile.put("goal", "MAINTAIN");
		profile.put("timezone", "Europe/Madrid");
		return profile;
	}

}
