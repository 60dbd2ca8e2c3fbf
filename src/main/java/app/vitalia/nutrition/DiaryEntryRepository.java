package app.vitalia.nutrition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DiaryEntryRepository extends JpaRepository<DiaryEntry, UUID> {

	List<DiaryEntry> findByAccountIdAndDateOrderByCreatedAtAscIdAsc(UUID accountId, LocalDate date);

	List<DiaryEntry> findByAccountIdAndDateBetweenOrderByDateAscCreatedAtAscIdAsc(UUID accountId, LocalDate from,
			LocalDate to);

}
