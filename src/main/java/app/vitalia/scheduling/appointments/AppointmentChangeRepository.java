package app.vitalia.scheduling.appointments;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AppointmentChangeRepository extends JpaRepository<AppointmentChange, UUID> {

	List<AppointmentChange> findByAppointmentIdOrderByChangedAtAscIdAsc(UUID appointmentId);

}
