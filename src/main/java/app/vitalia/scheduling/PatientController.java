package app.vitalia.scheduling;

import jakarta.validation.constraints.Size;

import app.vitalia.identity.CurrentUser;
import app.vitalia.platform.PageNumber;
import app.vitalia.platform.PageSize;
import app.vitalia.scheduling.calendar.PageOf;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Patients: a clinician sees the people who booked with them, an admin everyone who
 * booked.
 */
@RestController
class PatientController {

	private final Patients patients;

	PatientController(Patients patients) {
		this.patients = patients;
	}

	@GetMapping("/api/patients")
	PageOf<Patients.Patient> list(CurrentUser user, @RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize int size) {
		return this.patients.seenBy(user, q, page, size);
	}

}
