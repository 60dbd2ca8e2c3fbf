package app.vitalia.scheduling;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import app.vitalia.scheduling.directory.Specialty;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The list clinicians' specialties come from, with their Spanish and English names.
 */
@Tag(name = "Clinicians", description = "The clinician directory, profiles, availability, slots and waitlist")
@RestController
class SpecialtyController {

	@Operation(summary = "Specialties clinicians may have: code with Spanish and English names")
	@GetMapping("/api/specialties")
	List<Specialty.Named> list() {
		return Arrays.stream(Specialty.values()).map(Specialty::named).toList();
	}

}
