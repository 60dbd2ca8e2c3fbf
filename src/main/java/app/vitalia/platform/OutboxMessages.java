package app.vitalia.platform;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMessages extends JpaRepository<OutboxMessage, UUID> {

}
