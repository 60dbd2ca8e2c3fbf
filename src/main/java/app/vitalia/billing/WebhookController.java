package app.vitalia.billing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/billing/webhooks/{gateway}}: the gateway's event deliveries. The body
 * is read as raw bytes, so the signature is checked over exactly what was sent.
 */
@RestController
@Tag(name = "Billing webhooks", description = "Signed events from the payment gateway")
class WebhookController {

	private final WebhookInbox inbox;

	WebhookController(WebhookInbox inbox) {
		this.inbox = inbox;
	}

	@Operation(summary = "Receive a signed gateway event (Stripe-Signature checked over the raw body)")
	@PostMapping("/api/billing/webhooks/{gateway}")
	Map<String, Object> receive(@PathVariable @Size(max = 20) String gateway, @RequestBody byte[] body,
			@RequestHeader(name = "Stripe-Signature", required = false) @Nullable String signature) {
		String result = this.inbox.receive(gateway, new String(body, StandardCharsets.UTF_8), signature);
		return Map.of("received", true, "result", result);
	}

}
