package app.vitalia.platform.mail;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxMessages extends JpaRepository<OutboxMessage, UUID> {

	/** Messages "sent" to the dev outbox. */
	String DEV_OUTBOX = "OUTBOX";

	Page<OutboxMessage> findByStatus(String status, Pageable pageable);

	Page<OutboxMessage> findByStatusAndRecipientIgnoreCase(String status, String recipient, Pageable pageable);

}
