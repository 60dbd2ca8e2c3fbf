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

	/** {@code OUTBOX} (the dev outbox), {@code PENDING} or {@code FAILED} (SMTP). */
	@Column(insertable = false, updatable = false)
	private String status;

	protected OutboxMessage() {
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
