package app.vitalia.members;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface WeightEntryRepository extends JpaRepository<WeightEntry, UUID> {

	Optional<WeightEntry> findByAccountIdAndRecordedOn(UUID accountId, LocalDate recordedOn);

	List<WeightEntry> findByAccountIdOrderByRecordedOnDesc(UUID accountId, Limit limit);

}
