package app.vitalia.billing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import app.vitalia.billing.admin.MemberDirectory;
import app.vitalia.billing.catalog.Plans;
import app.vitalia.billing.gateway.PaymentGateway.CheckoutSession;
import app.vitalia.billing.ledger.Ledger;
import app.vitalia.billing.ledger.Payment;
import app.vitalia.billing.ledger.Receipts;
import app.vitalia.identity.CurrentUser;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.Idempotent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in member's subscription, entitlements, payments and receipts.
 */
@RestController
@RequestMapping("/api/me")
@Tag(name = "Subscription", description = "The member's subscription, entitlements, payments and receipts")
class SubscriptionController {

	record PlanChoice(@NotNull UUID planId) {
	}

	record PlanRef(UUID id, String code, String name, List<String> features) {
	}

	record Price(String amount, String currency) {
	}

	record PendingChange(UUID planId, String amount, Instant from) {
	}

	record SubscriptionView(SubscriptionStatus status, @Nullable PlanRef plan, @Nullable Price price,
			@Nullable Instant currentPeriodStart, @Nullable Instant currentPeriodEnd, boolean cancelAtPeriodEnd,
			@Nullable Instant trialEnd, @Nullable Instant nextRetryAt, @Nullable PendingChange pendingChange) {

		static SubscriptionView of(SubscriptionSummary s, Locale language) {
			if (s.status() == SubscriptionStatus.NONE) {
				return new SubscriptionView(s.status(), null, null, null, null, false, null, null, null);
			}
			return new SubscriptionView(s.status(),
					new PlanRef(s.planId(), s.planCode(), s.planName(language), s.features()),
					new Price(text(s.amount()), s.currency()), s.currentPeriodStart(), s.currentPeriodEnd(),
					s.cancelAtPeriodEnd(), s.trialEnd(), s.nextRetryAt(),
					s.pendingPlanId() != null
							? new PendingChange(s.pendingPlanId(), text(s.pendingAmount()), s.currentPeriodEnd())
							: null);
		}

	}

	record Checkout(String sessionId, String checkoutUrl) {
	}

	record EntitlementsView(SubscriptionStatus status, List<String> features, String plansLink) {
	}

	record PaymentView(UUID id, String amount, String currency, String status, String kind, Instant paidAt,
			String externalId, @Nullable String invoiceNumber, String refundedAmount) {

		static PaymentView of(Payment p) {
			return new PaymentView(p.id(), p.amount().text(), p.amount().currencyCode(), p.status(), p.kind(),
					p.createdAt(), p.externalId(), p.invoiceNumber(), p.refunded().text());
		}

	}

	private final Subscriptions subscriptions;

	private final Ledger ledger;

	private final Receipts receipts;

	private final MemberDirectory members;

	private final Plans plans;

	SubscriptionController(Subscriptions subscriptions, Ledger ledger, Receipts receipts, MemberDirectory members,
			Plans plans) {
		this.subscriptions = subscriptions;
		this.ledger = ledger;
		this.receipts = receipts;
		this.members = members;
		this.plans = plans;
	}

	@Operation(summary = "The member's subscription and its status")
	@GetMapping("/subscription")
	SubscriptionView subscription(CurrentUser user, Locale language) {
		return SubscriptionView.of(this.subscriptions.summary(user.id()), language);
	}

	@Operation(summary = "Start a checkout for a plan")
	@PostMapping("/subscription/checkout")
	@Idempotent
	ResponseEntity<Checkout> checkout(CurrentUser user, @Valid @RequestBody PlanChoice choice,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable @Size(max = 255) String key) {
		CheckoutSession session = this.subscriptions.checkout(user.id(), choice.planId(), key(key));
		return ResponseEntity.created(URI.create("/api/me/subscription"))
			.body(new Checkout(session.id(), session.url()));
	}

	@Operation(summary = "Cancel at the end of the paid period")
	@PostMapping("/subscription/cancel")
	SubscriptionView cancel(CurrentUser user, Locale language) {
		return SubscriptionView.of(this.subscriptions.cancel(user.id()), language);
	}

	@Operation(summary = "Undo a cancellation before the period ends")
	@PostMapping("/subscription/resume")
	SubscriptionView resume(CurrentUser user, Locale language) {
		return SubscriptionView.of(this.subscriptions.resume(user.id()), language);
	}

	@Operation(summary = "Change plan: upgrade now with proration, downgrade at period end")
	@PostMapping("/subscription/change")
	@Idempotent
	SubscriptionView change(CurrentUser user, @Valid @RequestBody PlanChoice choice,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable @Size(max = 255) String key,
			Locale language) {
		return SubscriptionView.of(this.subscriptions.change(user.id(), choice.planId(), key(key)), language);
	}

	@Operation(summary = "The features of the member's current plan")
	@GetMapping("/entitlements")
	EntitlementsView entitlements(CurrentUser user) {
		SubscriptionSummary summary = this.subscriptions.summary(user.id());
		return new EntitlementsView(summary.status(), summary.status().hasAccess() ? summary.features() : List.of(),
				Entitlements.PLANS_LINK);
	}

	@Operation(summary = "The member's payments")
	@GetMapping("/payments")
	List<PaymentView> payments(CurrentUser user) {
		return this.ledger.ofMember(user.id()).stream().map(PaymentView::of).toList();
	}

	@Operation(summary = "A payment's PDF receipt")
	@GetMapping("/payments/{id}/receipt")
	ResponseEntity<byte[]> receipt(CurrentUser user, @PathVariable UUID id) {
		Payment payment = this.ledger.numbered(id)
			.filter(p -> p.memberId().equals(user.id()))
			.orElseThrow(() -> DomainException.notFound("The payment"));
		if (Payment.FAILED.equals(payment.status())) {
			throw new DomainException(DomainException.Kind.CONFLICT, "NO_RECEIPT", "A failed payment has no receipt");
		}
		if (payment.invoiceNumber() == null) {
			throw new DomainException(DomainException.Kind.CONFLICT, "RECEIPT_PENDING",
					"The payment is being given its invoice number; ask again in a moment");
		}
		MemberDirectory.Member member = this.members.find(user.id());
		String planName = this.plans.find(payment.planId()).map(p -> p.name(member.language())).orElse("");
		byte[] pdf = this.receipts.pdf(payment,
				new Receipts.Recipient(member.displayName(), member.email(), planName, member.language()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"receipt-" + payment.invoiceNumber() + ".pdf\"")
			.body(pdf);
	}

	static String key(@Nullable String key) {
		return key != null && !key.isBlank() ? key : UUID.randomUUID().toString();
	}

	private static String text(@Nullable BigDecimal amount) {
		return amount != null ? amount.toPlainString() : "0";
	}

}
