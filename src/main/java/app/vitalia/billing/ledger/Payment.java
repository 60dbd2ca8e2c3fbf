package app.vitalia.billing.ledger;

import java.time.Instant;
import java.util.UUID;

import app.vitalia.billing.catalog.Money;
import org.jspecify.annotations.Nullable;

/**
 * One charge attempt as the ledger keeps it. {@code status} is {@code SUCCEEDED},
 * {@code FAILED} or {@code REFUNDED} (refunded in full; a partial refund keeps
 * {@code SUCCEEDED} and shows in {@code refunded}).
 */
public record Payment(UUID id, UUID subscriptionId, UUID memberId, UUID planId, Money amount, String status,
		String kind, @Nullable Integer periodIndex, String externalId, @Nullable String invoiceNumber, Money refunded,
		@Nullable String failureReason, Instant createdAt) {

	public static final String SUCCEEDED = "SUCCEEDED";

	public static final String FAILED = "FAILED";

	public static final String REFUNDED = "REFUNDED";

	/** What can still be refunded. */
	public Money refundable() {
		return FAILED.equals(this.status) ? Money.zero(this.amount.currency()) : this.amount.minus(this.refunded);
	}

	/** A charge to record: {@code kind} is INITIAL, RENEWAL or PRORATION. */
	public record Charge(UUID subscriptionId, UUID memberId, UUID planId, Money amount, String kind,
			@Nullable Integer periodIndex, String externalId, Instant at) {
	}

}
