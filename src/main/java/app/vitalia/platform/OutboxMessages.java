package app.vitalia.platform;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMessages extends JpaRepository<OutboxMessage, UUID> {

	Page<OutboxMessage> findByRecipientIgnoreCase(String recipient, Pageable pageable);

}
