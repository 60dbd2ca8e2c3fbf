package app.vitalia.identity.accounts;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, UUID> {

	Optional<Account> findByEmail(String normalizedEmail);

	boolean existsByEmail(String normalizedEmail);

	/**
	 * The account, its row locked against every other lock until the transaction ends.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.id = :id")
	Optional<Account> findForUpdate(@Param("id") UUID id);

	/**
	 * The account, its row held until the transaction ends: a deletion waits, other
	 * holders do not.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select a from Account a where a.id = :id")
	Optional<Account> findForShare(@Param("id") UUID id);

}
