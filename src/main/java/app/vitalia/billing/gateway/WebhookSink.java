package app.vitalia.billing.gateway;

/**
 * Where webhook events go: the same entry the HTTP endpoint {@code POST
 * /api/billing/webhooks/{gateway}} calls, signature check included.
 */
public interface WebhookSink {

	/** Verifies, stores and applies one event; returns how it was handled. */
	String receive(String gateway, String payload, String signatureHeader);

}
