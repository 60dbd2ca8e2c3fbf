package app.vitalia.nutrition.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FoodImportJobRepository extends JpaRepository<FoodImportJob, UUID> {

	List<FoodImportJob> findByStatusIn(List<FoodImportJob.Status> statuses);

	/** Claims a queued import for this instance; 0 when another instance got it first. */
	@Modifying
	@Query("update FoodImportJob j set j.status = 'RUNNING', j.startedAt = :now where j.id = :id and j.status = 'QUEUED'")
	int claim(UUID id, Instant now);

	@Modifying
	@Query("update FoodImportJob j set j.status = 'QUEUED' where j.status = 'RUNNING'")
	int requeueInterrupted();

	@Modifying
	@Query("update FoodImportJob j set j.rowsTotal = :total, j.rowsDone = :done where j.id = :id")
	void progress(UUID id, long total, long done);

}
