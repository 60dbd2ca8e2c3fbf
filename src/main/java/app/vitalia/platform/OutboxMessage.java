package app.vitalia.platform;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "platform_mail_outbox")
class OutboxMessage extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String body;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected OutboxMessage() {
	}

	OutboxMessage(UUID id, String recipient, String subject, String body, Instant createdAt) {
		this.id = id;
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.createdAt = createdAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	String getRecipient() {
		return this.recipient;
	}

	String getSubject() {
		return this.subject;
	}

	String getBody() {
		return this.body;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
