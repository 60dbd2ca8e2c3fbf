package app.vitalia.scheduling;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicianRepository extends JpaRepository<Clinician, UUID> {

}
