package app.vitalia.billing.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import app.vitalia.billing.catalog.Money;
import app.vitalia.billing.gateway.PaymentGateway;
import app.vitalia.billing.ledger.Ledger;
import app.vitalia.billing.ledger.Payment;
import app.vitalia.platform.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admin refunds, full or partial, made through the gateway that took the payment. The
 * payment row is locked meanwhile, so two refunds of one payment never exceed it.
 */
@Component
public class Refunds {

	private final Ledger ledger;

	private final PaymentGateway gateway;

	private final Clock clock;

	public Refunds(Ledger ledger, PaymentGateway gateway, Clock clock) {
		this.ledger = ledger;
		this.gateway = gateway;
		this.clock = clock;
	}

	/**
	 * Refunds {@code amount} (everything still refundable when {@code null}).
	 * @throws DomainException 404, 409 {@code NOT_REFUNDABLE}, 422
	 * {@code REFUND_TOO_LARGE} or 400 for a malformed amount
	 */
	@Transactional
	public Payment refund(UUID paymentId, @Nullable String amount, String idempotencyKey) {
		Payment payment = this.ledger.find(paymentId, true).orElseThrow(() -> DomainException.notFound("The payment"));
		Money refundable = payment.refundable();
		if (!refundable.isPositive()) {
			throw new DomainException(DomainException.Kind.CONFLICT, "NOT_REFUNDABLE",
					Payment.FAILED.equals(payment.status()) ? "A failed payment has nothing to refund"
							: "This payment is already refunded in full");
		}
		Money refund = amount == null ? refundable : parse(amount, payment);
		if (refund.compareTo(refundable) > 0) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "REFUND_TOO_LARGE",
					"At most " + refundable + " of this payment can still be refunded");
		}
		String refundId = this.gateway
			.refund(new PaymentGateway.RefundRequest(payment.externalId(), refund, idempotencyKey));
		this.ledger.refunded(payment, refund, refundId, this.clock.instant());
		return this.ledger.find(paymentId, false).orElseThrow();
	}

	private static Money parse(String amount, Payment payment) {
		int digits = payment.amount().currency().getDefaultFractionDigits();
		if (!amount.matches("\\d{1,9}(\\.\\d{1," + Math.max(digits, 1) + "})?")
				|| (digits == 0 && amount.contains("."))) {
			throw DomainException.invalid("amount", "INVALID_AMOUNT",
					"must be a decimal string with at most " + digits + " decimals, such as \"4.99\"");
		}
		BigDecimal value = new BigDecimal(amount);
		if (value.signum() <= 0) {
			throw DomainException.invalid("amount", "MUST_BE_POSITIVE", "must be more than zero");
		}
		return new Money(value.setScale(digits), payment.amount().currency());
	}

}
