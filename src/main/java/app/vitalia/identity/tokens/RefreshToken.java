package app.vitalia.identity.tokens;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import app.vitalia.platform.AssignedIdEntity;

/**
 * One refresh token of a rotation family. Only its SHA-256 hash is stored.
 */
@Entity
@Table(name = "identity_refresh_token")
class RefreshToken extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Column(name = "family_id", nullable = false)
	private UUID familyId;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private @Nullable Instant usedAt;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	/** The User-Agent that signed in, if it sent one. */
	@Column(name = "device")
	private @Nullable String device;

	/** When the family's sign-in was; null for tokens issued before it was kept. */
	@Column(name = "signed_in_at")
	private @Nullable Instant signedInAt;

	protected RefreshToken() {
	}

	RefreshToken(String tokenHash, UUID accountId, UUID familyId, Instant issuedAt, Instant expiresAt,
			@Nullable String device, @Nullable Instant signedInAt) {
		this.id = UUID.randomUUID();
		this.tokenHash = tokenHash;
		this.accountId = accountId;
		this.familyId = familyId;
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
		this.device = device;
		this.signedInAt = signedInAt;
	}

	boolean isUsable(Instant now) {
		return this.usedAt == null && this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID getAccountId() {
		return this.accountId;
	}

	UUID getFamilyId() {
		return this.familyId;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	@Nullable String getDevice() {
		return this.device;
	}

	/**
	 * The family's sign-in; null for a family signed in before it was kept (its first
	 * token's issue stands for it: {@link RefreshTokens#live}).
	 */
	@Nullable Instant getSignedInAt() {
		return this.signedInAt;
	}

}
