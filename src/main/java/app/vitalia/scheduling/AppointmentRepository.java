package app.vitalia.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, UUID> {

	/**
	 * Start times of the clinician's appointments, other than {@code except}, that hold
	 * their slot and overlap {@code [from, to)}. Only appointments starting after
	 * {@code startsAfter} are read, so the (doctor, active start) index bounds the scan.
	 */
	@Query("""
			select a.activeStartsAt from Appointment a
			where a.doctorId = :doctorId and a.activeStartsAt > :startsAfter and a.activeStartsAt < :to
			and a.endsAt > :from and a.id <> :except""")
	List<Instant> activeStartsOverlapping(UUID doctorId, Instant from, Instant to, Instant startsAfter, UUID except);

	/**
	 * Whether an appointment of the clinician other than {@code except} holds the slot
	 * starting at {@code start}: one probe of the (doctor, active start) unique key.
	 */
	@Query("""
			select case when count(a) > 0 then true else false end from Appointment a
			where a.doctorId = :doctorId and a.activeStartsAt = :start and a.id <> :except""")
	boolean holdsSlot(UUID doctorId, Instant start, UUID except);

}
