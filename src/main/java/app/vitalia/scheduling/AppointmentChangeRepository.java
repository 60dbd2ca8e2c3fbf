package app.vitalia.scheduling;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentChangeRepository extends JpaRepository<AppointmentChange, UUID> {

	List<AppointmentChange> findByAppointmentIdOrderByChangedAtAscIdAsc(UUID appointmentId);

}
