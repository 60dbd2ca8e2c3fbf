package app.vitalia.identity.tokens;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import app.vitalia.identity.tokens.OneTimeTokens.Purpose;
import app.vitalia.platform.AssignedIdEntity;

/**
 * A single-use link token (email verification, password reset). Only its hash is stored.
 */
@Entity
@Table(name = "identity_one_time_token")
class OneTimeToken extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Purpose purpose;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private @Nullable Instant usedAt;

	protected OneTimeToken() {
	}

	OneTimeToken(String tokenHash, UUID accountId, Purpose purpose, Instant now, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.tokenHash = tokenHash;
		this.accountId = accountId;
		this.purpose = purpose;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	/**
	 * Spends the token; false when it is for another purpose, already used or expired.
	 */
	boolean redeem(Purpose expected, Instant now) {
		if (this.purpose != expected || this.usedAt != null || !now.isBefore(this.expiresAt)) {
			return false;
		}
		this.usedAt = now;
		return true;
	}

	UUID getAccountId() {
		return this.accountId;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
