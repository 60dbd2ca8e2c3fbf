package app.vitalia.platform.mail;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.vitalia.platform.AssignedIdEntity;

@Entity
@Table(name = "platform_mail_outbox")
public class OutboxMessage extends AssignedIdEntity {

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

	public String getRecipient() {
		return this.recipient;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
