package app.vitalia.identity.tokens;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OneTimeTokenRepository extends JpaRepository<OneTimeToken, UUID> {

	Optional<OneTimeToken> findByTokenHash(String tokenHash);

	@Modifying
	@Query("update OneTimeToken t set t.usedAt = :now where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null")
	int expireOutstanding(UUID accountId, OneTimeTokens.Purpose purpose, Instant now);

}
