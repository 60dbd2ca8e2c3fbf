package app.vitalia.scheduling;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClinicianRepository extends JpaRepository<Clinician, UUID> {

	/**
	 * Locks the clinician's row until the transaction ends, so bookings of one clinician
	 * check for overlaps and insert one after the other, and reads the buffer they must
	 * keep from other appointments as it is now.
	 */
	@Query(value = "select buffer_minutes from scheduling_clinician where id = :id for update", nativeQuery = true)
	Optional<Integer> lockForBooking(UUID id);

}
