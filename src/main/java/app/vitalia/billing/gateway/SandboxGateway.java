package app.vitalia.billing.gateway;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import app.vitalia.billing.catalog.Money;
import app.vitalia.billing.catalog.PlanPeriod;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A local stand-in for Stripe, the default gateway: a checkout page in the web app where
 * the member enters a test card, and Stripe-shaped events signed with the webhook secret,
 * handed to the same webhook entry Stripe's deliveries reach. Test cards: 4242 4242 4242
 * 4242 succeeds; 4000 0000 0000 0002 is declined; 4000 0000 0000 0341 succeeds now and
 * fails at the next renewal. No money moves.
 */
public class SandboxGateway implements PaymentGateway {

	public static final String NAME = "sandbox";

	static final String SUCCEEDS = "4242424242424242";

	static final String DECLINED = "4000000000000002";

	static final String FAILS_LATER = "4000000000000341";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final WebhookSink webhooks;

	private final GatewayProperties properties;

	private final Clock clock;

	SandboxGateway(JdbcTemplate jdbc, WebhookSink webhooks, GatewayProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.webhooks = webhooks;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean renewsItself() {
		return false;
	}

	@Override
	public CheckoutSession openCheckout(CheckoutRequest request) {
		String id = "cs_sbx_" + UUID.randomUUID().toString().replace("-", "");
		this.jdbc.update(
				"insert into billing_sandbox_session (id, member_id, email, plan_id, price_id, plan_name, "
						+ "amount, currency, period, trial_days, success_url, cancel_url, status, created_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)",
				id, request.memberId(), request.email(), request.planId(), request.priceId(), request.planName(),
				request.price().amount(), request.price().currencyCode(), request.period().text(), request.trialDays(),
				request.successUrl(), request.cancelUrl(), Timestamp.from(this.clock.instant()));
		return new CheckoutSession(id, "/checkout/sandbox/" + id);
	}

	/** What the checkout page shows. */
	public record SessionView(String id, String planName, String amount, String currency, String period, int trialDays,
			String status, String successUrl, String cancelUrl, List<TestCard> testCards) {
	}

	public record TestCard(String number, String outcome) {
	}

	/** The session as the checkout page shows it. */
	public SessionView session(String id) {
		return this.jdbc
			.query("select id, plan_name, amount, currency, period, trial_days, status, success_url, cancel_url "
					+ "from billing_sandbox_session where id = ?", (rs, i) -> {
						Currency currency = Currency.getInstance(rs.getString(4).trim());
						return new SessionView(rs.getString(1), rs.getString(2),
								rs.getBigDecimal(3).setScale(currency.getDefaultFractionDigits()).toPlainString(),
								currency.getCurrencyCode(), rs.getString(5), rs.getInt(6), rs.getString(7),
								relative(rs.getString(8).replace("{CHECKOUT_SESSION_ID}", id)),
								relative(rs.getString(9)),
								List.of(new TestCard("4242 4242 4242 4242", "SUCCEEDS"),
										new TestCard("4000 0000 0000 0002", "DECLINED"),
										new TestCard("4000 0000 0000 0341", "FAILS_AT_RENEWAL")));
					}, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("The checkout session"));
	}

	/** A test card as typed on the checkout page. */
	public record Card(@Nullable String cardNumber, @Nullable Integer expMonth, @Nullable Integer expYear,
			@Nullable String cvc) {
	}

	/**
	 * Pays the session with a test card. A good card completes it and delivers
	 * {@code checkout.session.completed} and (without a trial) {@code invoice.paid},
	 * signed, before this returns; a declined one changes nothing.
	 * @throws DomainException 400 for a malformed card, 422 {@code CARD_DECLINED} or
	 * {@code CARD_NOT_SUPPORTED}, 409 {@code SESSION_NOT_OPEN}
	 */
	@Transactional
	public SessionView pay(String sessionId, Card card) {
		String number = check(card);
		List<Object[]> rows = this.jdbc.query(
				"select member_id, email, plan_id, price_id, amount, currency, period, trial_days, status "
						+ "from billing_sandbox_session where id = ? for update",
				(rs, i) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
						rs.getObject(4, UUID.class), rs.getBigDecimal(5), rs.getString(6).trim(), rs.getString(7),
						rs.getInt(8), rs.getString(9) },
				sessionId);
		if (rows.isEmpty()) {
			throw DomainException.notFound("The checkout session");
		}
		Object[] session = rows.get(0);
		if (!"open".equals(session[8])) {
			throw new DomainException(DomainException.Kind.CONFLICT, "SESSION_NOT_OPEN",
					"This checkout session is already " + session[8]);
		}
		if (number.equals(DECLINED)) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "CARD_DECLINED",
					"Your card was declined. Nothing was charged; try another card.");
		}
		if (!number.equals(SUCCEEDS) && !number.equals(FAILS_LATER)) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "CARD_NOT_SUPPORTED",
					"The sandbox accepts only its test cards (see the list on the page); nothing was charged",
					List.of(new Violation("cardNumber", "NOT_A_TEST_CARD", "use one of the listed test cards")));
		}
		UUID memberId = (UUID) session[0];
		Currency currency = Currency.getInstance((String) session[5]);
		Money amount = new Money(((BigDecimal) session[4]).setScale(currency.getDefaultFractionDigits()), currency);
		PlanPeriod period = PlanPeriod.parse((String) session[6]);
		int trialDays = (Integer) session[7];
		Instant now = this.clock.instant();
		String customer = "cus_sbx_" + UUID.randomUUID().toString().replace("-", "");
		String subscription = "sub_sbx_" + UUID.randomUUID().toString().replace("-", "");
		this.jdbc.update(
				"insert into billing_sandbox_customer (id, member_id, card_last4, fails_later, created_at) "
						+ "values (?, ?, ?, ?, ?)",
				customer, memberId, number.substring(number.length() - 4), number.equals(FAILS_LATER),
				Timestamp.from(now));
		this.jdbc.update("update billing_sandbox_session set status = 'complete', customer_id = ? where id = ?",
				customer, sessionId);

		ObjectNode metadata = JSON.createObjectNode()
			.put("memberId", memberId.toString())
			.put("planId", session[2].toString())
			.put("priceId", session[3].toString());
		ObjectNode completed = JSON.createObjectNode()
			.put("id", sessionId)
			.put("object", "checkout.session")
			.put("mode", "subscription")
			.put("status", "complete")
			.put("payment_status", trialDays > 0 ? "no_payment_required" : "paid")
			.put("client_reference_id", memberId.toString())
			.put("customer", customer)
			.put("subscription", subscription);
		completed.set("metadata", metadata.deepCopy());
		deliver("checkout.session.completed", completed, now);
		if (trialDays == 0) {
			deliver("invoice.paid", invoice(subscription, customer, amount, now, period.end(now, 1), metadata,
					"subscription_create", "pi_sbx_" + UUID.randomUUID().toString().replace("-", "")), now);
		}
		return session(sessionId);
	}

	@Override
	public ChargeResult charge(ChargeRequest request) {
		String id = "pi_sbx_" + UUID.nameUUIDFromBytes(request.idempotencyKey().getBytes(StandardCharsets.UTF_8))
			.toString()
			.replace("-", "");
		List<Boolean> failsLater = this.jdbc.queryForList(
				"select fails_later from billing_sandbox_customer where id = ?", Boolean.class, request.customerId());
		if (failsLater.isEmpty()) {
			return new ChargeResult(false, id, "no_payment_method: the customer has no saved card");
		}
		if (failsLater.get(0)) {
			return new ChargeResult(false, id, "card_declined: Your card was declined.");
		}
		return new ChargeResult(true, id, null);
	}

	@Override
	public String refund(RefundRequest request) {
		return "re_sbx_" + UUID.nameUUIDFromBytes(request.idempotencyKey().getBytes(StandardCharsets.UTF_8))
			.toString()
			.replace("-", "");
	}

	@Override
	public void cancelAtPeriodEnd(String externalSubscriptionId, boolean cancel) {
		// the application keeps the sandbox subscription's whole state itself
	}

	@Override
	public void changePrice(String externalSubscriptionId, ChangeRequest request) {
		throw new IllegalStateException("the sandbox does not renew by itself: the application charges changes");
	}

	private static ObjectNode invoice(String subscription, String customer, Money amount, Instant start, Instant end,
			ObjectNode metadata, String reason, String paymentIntent) {
		ObjectNode invoice = JSON.createObjectNode()
			.put("id", "in_sbx_" + UUID.randomUUID().toString().replace("-", ""))
			.put("object", "invoice")
			.put("customer", customer)
			.put("subscription", subscription)
			.put("status", "paid")
			.put("billing_reason", reason)
			.put("amount_paid", amount.minorUnits())
			.put("currency", amount.currencyCode().toLowerCase(Locale.ROOT))
			.put("payment_intent", paymentIntent);
		ObjectNode line = JSON.createObjectNode();
		line.putObject("period").put("start", start.getEpochSecond()).put("end", end.getEpochSecond());
		invoice.putObject("lines").put("object", "list").putArray("data").add(line);
		invoice.putObject("subscription_details").set("metadata", metadata.deepCopy());
		return invoice;
	}

	private void deliver(String type, ObjectNode object, Instant now) {
		ObjectNode event = JSON.createObjectNode()
			.put("id", "evt_sbx_" + UUID.randomUUID().toString().replace("-", ""))
			.put("object", "event")
			.put("api_version", "2024-06-20")
			.put("created", now.getEpochSecond())
			.put("type", type)
			.put("livemode", false)
			.put("pending_webhooks", 1);
		event.putObject("data").set("object", object);
		String payload = JSON.writeValueAsString(event);
		this.webhooks.receive("stripe", payload,
				WebhookSignature.sign(payload, this.properties.webhookSecret(), now.getEpochSecond()));
	}

	private String check(Card card) {
		List<Violation> violations = new ArrayList<>();
		String number = card.cardNumber() == null ? "" : card.cardNumber().replace(" ", "").replace("-", "");
		if (!number.matches("\\d{12,19}") || !luhn(number)) {
			violations.add(new Violation("cardNumber", "INVALID_CARD_NUMBER", "is not a valid card number"));
		}
		YearMonth now = YearMonth.from(this.clock.instant().atZone(ZoneOffset.UTC));
		if (card.expMonth() == null || card.expMonth() < 1 || card.expMonth() > 12) {
			violations.add(new Violation("expMonth", "INVALID_MONTH", "must be between 1 and 12"));
		}
		if (card.expYear() == null || card.expYear() < now.getYear() || card.expYear() > now.getYear() + 30) {
			violations.add(new Violation("expYear", "INVALID_YEAR", "must be this year or a later one"));
		}
		else if (card.expMonth() != null && card.expMonth() >= 1 && card.expMonth() <= 12
				&& YearMonth.of(card.expYear(), card.expMonth()).isBefore(now)) {
			violations.add(new Violation("expMonth", "EXPIRED", "the card has expired"));
		}
		if (card.cvc() == null || !card.cvc().matches("\\d{3,4}")) {
			violations.add(new Violation("cvc", "INVALID_CVC", "must be 3 or 4 digits"));
		}
		if (!violations.isEmpty()) {
			throw new DomainException(DomainException.Kind.BAD_REQUEST, "VALIDATION_FAILED",
					"The card details are invalid", violations);
		}
		return number;
	}

	/** The page returns to the app it was opened from, whatever host name that was. */
	private static String relative(String url) {
		java.net.URI uri = java.net.URI.create(url);
		return uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
	}

	static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

}
