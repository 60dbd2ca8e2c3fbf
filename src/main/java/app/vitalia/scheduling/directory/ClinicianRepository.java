package app.vitalia.scheduling.directory;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClinicianRepository extends JpaRepository<Clinician, UUID> {

}
