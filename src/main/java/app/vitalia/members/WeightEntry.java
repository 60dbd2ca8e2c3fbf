package app.vitalia.members;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.vitalia.platform.AssignedIdEntity;

/**
 * A member's weight on one of their local days; a later entry the same day replaces it.
 */
@Entity
@Table(name = "members_weight_entry")
class WeightEntry extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Column(name = "recorded_on", nullable = false)
	private LocalDate recordedOn;

	@Column(name = "weight_kg", nullable = false, precision = 5, scale = 1)
	private BigDecimal weightKg;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected WeightEntry() {
	}

	WeightEntry(UUID accountId, LocalDate recordedOn, BigDecimal weightKg, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.recordedOn = recordedOn;
		this.weightKg = weightKg;
		this.recordedAt = recordedAt;
	}

	void correct(BigDecimal weightKg, Instant at) {
		this.weightKg = weightKg;
		this.recordedAt = at;
	}

	LocalDate getRecordedOn() {
		return this.recordedOn;
	}

	BigDecimal getWeightKg() {
		return this.weightKg;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
