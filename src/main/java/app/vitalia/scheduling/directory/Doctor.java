package app.vitalia.scheduling.directory;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * A clinician as the API shows them.
 */
public record Doctor(UUID id, String displayName, List<String> specialties, List<String> languages, String bio,
		String photoUrl, String timezone, int slotMinutes) implements Serializable {

	public static Doctor of(Clinician clinician) {
		return new Doctor(clinician.getId(), clinician.getDisplayName(), List.copyOf(clinician.getSpecialties()),
				List.copyOf(clinician.getLanguages()), clinician.getBio(), clinician.getPhotoUrl(),
				clinician.getTimezone(), clinician.getSlotMinutes());
	}

}
