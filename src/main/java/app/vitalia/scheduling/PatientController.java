package app.vitalia.scheduling;

import app.vitalia.identity.CurrentUser;
import app.vitalia.identity.Role;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.PageNumber;
import app.vitalia.platform.PageSize;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Patients: a clinician sees the people who booked with them, an admin everyone who
 * booked.
 */
@Tag(name = "Patients", description = "A clinician's patients")
@RestController
class PatientController {

	private final Patients patients;

	PatientController(Patients patients) {
		this.patients = patients;
	}

	@Operation(summary = "Patients of the signed-in clinician (all for admins), searchable by name")
	@GetMapping("/api/patients")
	PageOf<Patients.Patient> list(CurrentUser user, @RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize int size) {
		if (user.has(Role.ADMIN)) {
			return this.patients.page(null, q, page, size);
		}
		if (user.has(Role.CLINICIAN)) {
			return this.patients.page(user.id(), q, page, size);
		}
		throw new DomainException(DomainException.Kind.FORBIDDEN, "FORBIDDEN",
				"Only clinicians and admins can list patients");
	}

}
