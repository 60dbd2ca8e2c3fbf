package app.vitalia.billing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import app.vitalia.billing.SubscriptionController.PaymentView;
import app.vitalia.billing.admin.BillingPage;
import app.vitalia.billing.ledger.Refunds;
import app.vitalia.platform.CsvExport;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.Idempotent;
import app.vitalia.platform.PageNumber;
import app.vitalia.platform.PageSize;
import app.vitalia.platform.SupportedDates;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin billing: members with their subscription, subscriptions, payments with totals,
 * refunds, and the received webhook events.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Billing (admin)",
		description = "Members with their subscriptions, payments, refunds and received gateway events")
class AdminBillingController {

	static final Set<String> PAYMENT_STATUSES = Set.of("SUCCEEDED", "FAILED", "REFUNDED");

	record RefundRequest(@Nullable @Size(max = 20) String amount) {
	}

	private final AdminLists lists;

	private final Refunds refunds;

	private final AdminExports exports;

	AdminBillingController(AdminLists lists, Refunds refunds, AdminExports exports) {
		this.lists = lists;
		this.refunds = refunds;
		this.exports = exports;
	}

	@Operation(summary = "Members with subscription status, plan and period end")
	@GetMapping("/members")
	BillingPage<AdminLists.MemberRow> members(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(required = false) SubscriptionStatus status, @RequestParam(required = false) UUID planId,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize int size,
			@RequestParam(required = false) @Size(max = 30) String sort) {
		return this.lists.members(q, status, planId, page, size, sort);
	}

	@Operation(summary = "Every subscription")
	@GetMapping("/subscriptions")
	BillingPage<AdminLists.SubscriptionRow> subscriptions(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(required = false) SubscriptionStatus status, @RequestParam(required = false) UUID planId,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize int size) {
		return this.lists.subscriptions(q, status, planId, page, size);
	}

	@Operation(summary = "Payments by member, date and status, with totals")
	@GetMapping("/payments")
	AdminLists.PaymentPage payments(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(required = false) @Size(max = 40) String from,
			@RequestParam(required = false) @Size(max = 40) String to,
			@RequestParam(required = false) @Size(max = 10) String status,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize int size) {
		if (status != null && !PAYMENT_STATUSES.contains(status)) {
			throw DomainException.invalid("status", "INVALID_STATUS", "must be SUCCEEDED, FAILED or REFUNDED");
		}
		return this.lists.payments(q, SupportedDates.parseInstant("from", from), SupportedDates.parseInstant("to", to),
				status, page, size);
	}

	@Operation(summary = "Payments by date and status as CSV, streamed")
	@GetMapping("/payments/export")
	void exportPayments(@RequestParam(required = false) @Size(max = 40) String from,
			@RequestParam(required = false) @Size(max = 40) String to,
			@RequestParam(required = false) @Size(max = 10) String status,
			@RequestParam(required = false) @Size(max = 20) String separator,
			@RequestParam(required = false) Boolean bom, Locale locale, HttpServletResponse response)
			throws IOException {
		if (status != null && !PAYMENT_STATUSES.contains(status)) {
			throw DomainException.invalid("status", "INVALID_STATUS", "must be SUCCEEDED, FAILED or REFUNDED");
		}
		Instant start = SupportedDates.parseInstant("from", from);
		Instant end = SupportedDates.parseInstant("to", to);
		CsvExport.Options options = CsvExport.Options.of(separator, bom);
		CsvExport.attachment(response, "payments.csv", options,
				csv -> this.exports.payments(start, end, status, csv, locale));
	}

	@Operation(summary = "Members with their subscription as CSV, streamed")
	@GetMapping("/members/export")
	void exportMembers(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(required = false) SubscriptionStatus status, @RequestParam(required = false) UUID planId,
			@RequestParam(required = false) @Size(max = 20) String separator,
			@RequestParam(required = false) Boolean bom, Locale locale, HttpServletResponse response)
			throws IOException {
		CsvExport.Options options = CsvExport.Options.of(separator, bom);
		CsvExport.attachment(response, "members.csv", options,
				csv -> this.exports.members(q, status, planId, csv, locale));
	}

	@Operation(summary = "Refund a payment in full or in part through the gateway")
	@PostMapping("/payments/{id}/refund")
	@Idempotent
	PaymentView refund(@PathVariable UUID id, @Valid @RequestBody(required = false) @Nullable RefundRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable @Size(max = 255) String key) {
		return PaymentView
			.of(this.refunds.refund(id, request != null ? request.amount() : null, SubscriptionController.key(key)));
	}

	@Operation(summary = "Received gateway events with their payload and processing result")
	@GetMapping("/billing/events")
	BillingPage<AdminLists.EventRow> events(@RequestParam(required = false) @Size(max = 100) String type,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize int size) {
		return this.lists.events(type, page, size);
	}

}
