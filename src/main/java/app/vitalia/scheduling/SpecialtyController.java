package app.vitalia.scheduling;

import java.util.Arrays;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The list clinicians' specialties come from, with their Spanish and English names.
 */
@RestController
class SpecialtyController {

	@GetMapping("/api/specialties")
	List<Specialty.Named> list() {
		return Arrays.stream(Specialty.values()).map(Specialty::named).toList();
	}

}
