package app.vitalia.billing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.vitalia.billing.gateway.GatewayProperties;
import app.vitalia.billing.gateway.StripeGateway;
import app.vitalia.billing.gateway.WebhookSignature;
import app.vitalia.billing.gateway.WebhookSink;
import app.vitalia.platform.DomainException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives gateway webhooks: checks the {@code Stripe-Signature} over the raw body (bad
 * or older than 300 s: 400, nothing stored), stores each event under its id and applies
 * it in the same transaction. A replayed id changes nothing and is answered as a
 * duplicate; concurrent deliveries of one id wait on its row, so one applies it. Unknown
 * types are stored and acknowledged. An event that failed on our side is stored as
 * {@code FAILED} and applied again when the gateway retries it.
 */
@Component
public class WebhookInbox implements WebhookSink {

	private static final Logger log = LoggerFactory.getLogger(WebhookInbox.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GatewayEvents events;

	private final JdbcTemplate jdbc;

	private final GatewayProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	public WebhookInbox(GatewayEvents events, JdbcTemplate jdbc, GatewayProperties properties,
			PlatformTransactionManager transactions, Clock clock) {
		this.events = events;
		this.jdbc = jdbc;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** The event's id, type, creation time and object. */
	private record Received(String id, String type, Instant created, JsonNode object) {
	}

	@Override
	public String receive(String gateway, String payload, String signatureHeader) {
		if (!StripeGateway.NAME.equals(gateway)) {
			throw DomainException.notFound("The webhook endpoint for " + gateway);
		}
		if (signatureHeader == null || signatureHeader.isBlank()
				|| !WebhookSignature.verify(payload, signatureHeader, this.properties.webhookSecret(), this.clock)) {
			throw new DomainException(DomainException.Kind.BAD_REQUEST, "INVALID_SIGNATURE",
					"The Stripe-Signature header does not sign this body with the endpoint secret, "
							+ "or its timestamp is more than 300 seconds old");
		}
		Received event = parse(payload);
		try {
			return this.transaction.execute(status -> process(gateway, event, payload));
		}
		catch (DataIntegrityViolationException | PessimisticLockingFailureException raced) {
			if (applied(event.id())) {
				// another delivery of this id was applied meanwhile
				return "DUPLICATE";
			}
			log.warn("Webhook {} ({}) collided with a concurrent change; the gateway will deliver it again", event.id(),
					event.type());
			store(gateway, event, payload, "FAILED", raced.getClass().getSimpleName());
			throw raced;
		}
		catch (DomainException rejected) {
			store(gateway, event, payload, "REJECTED", rejected.getMessage());
			return "REJECTED";
		}
		catch (RuntimeException failed) {
			log.error("Webhook {} ({}) failed; the gateway will deliver it again", event.id(), event.type(), failed);
			store(gateway, event, payload, "FAILED", failed.getClass().getSimpleName() + ": " + failed.getMessage());
			throw failed;
		}
	}

	private String process(String gateway, Received event, String payload) {
		Instant now = this.clock.instant();
		int inserted = this.jdbc.update(
				"insert into billing_webhook_event (id, gateway, type, created_at, received_at, payload, result) "
						+ "values (?, ?, ?, ?, ?, ?, 'RECEIVED') on conflict do nothing",
				event.id(), gateway, event.type(), Timestamp.from(event.created()), Timestamp.from(now), payload);
		if (inserted == 0) {
			List<String> earlier = this.jdbc.queryForList(
					"select result from billing_webhook_event where id = ? for update", String.class, event.id());
			if (earlier.isEmpty() || !earlier.get(0).equals("FAILED")) {
				return "DUPLICATE";
			}
		}
		GatewayEvents.Outcome outcome = this.events.apply(gateway, event.type(), event.object(), event.created(), now);
		String result = outcome == null ? "UNKNOWN_TYPE" : outcome.result();
		String detail = outcome == null ? "billing does not act on " + event.type() : outcome.detail();
		this.jdbc.update("update billing_webhook_event set result = ?, detail = ? where id = ?", result,
				detail.length() > 500 ? detail.substring(0, 500) : detail, event.id());
		return result;
	}

	private boolean applied(String id) {
		List<String> result = this.jdbc.queryForList("select result from billing_webhook_event where id = ?",
				String.class, id);
		return !result.isEmpty() && !result.get(0).equals("FAILED");
	}

	/** Keeps a rejected or failed event, with why, for operators and for the retry. */
	private void store(String gateway, Received event, String payload, String result, @Nullable String detail) {
		String shortDetail = detail == null ? result : detail.length() > 500 ? detail.substring(0, 500) : detail;
		this.transaction.executeWithoutResult(status -> {
			if (this.jdbc.update("update billing_webhook_event set result = ?, detail = ? where id = ?", result,
					shortDetail, event.id()) == 0) {
				this.jdbc.update(
						"insert into billing_webhook_event (id, gateway, type, created_at, received_at, payload, "
								+ "result, detail) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
						event.id(), gateway, event.type(), Timestamp.from(event.created()),
						Timestamp.from(this.clock.instant()), payload, result, shortDetail);
			}
		});
	}

	private static Received parse(String payload) {
		try {
			JsonNode event = JSON.readTree(payload);
			String id = event.path("id").asString("");
			String type = event.path("type").asString("");
			JsonNode object = event.path("data").path("object");
			if (id.isBlank() || id.length() > 255 || type.isBlank() || type.length() > 100
					|| !event.path("created").isNumber() || !object.isObject()) {
				throw malformed();
			}
			return new Received(id, type, Instant.ofEpochSecond(event.path("created").asLong()), object);
		}
		catch (JacksonException ex) {
			throw malformed();
		}
	}

	private static DomainException malformed() {
		return new DomainException(DomainException.Kind.BAD_REQUEST, "MALFORMED_EVENT",
				"The body is not an event with id, type, created and data.object");
	}

}
