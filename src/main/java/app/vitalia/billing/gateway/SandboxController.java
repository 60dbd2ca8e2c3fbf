package app.vitalia.billing.gateway;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import app.vitalia.platform.DomainException;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's hosted checkout: the page reads the session and posts the test card. As
 * with Stripe's hosted page, the unguessable session id is what grants access.
 */
@RestController
@RequestMapping("/api/billing/sandbox/sessions")
@Tag(name = "Sandbox checkout", description = "The local test gateway's checkout sessions")
class SandboxController {

	private final PaymentGateway gateway;

	SandboxController(PaymentGateway gateway) {
		this.gateway = gateway;
	}

	@Operation(summary = "A sandbox checkout session")
	@GetMapping("/{sessionId}")
	SandboxGateway.SessionView session(@PathVariable @Size(max = 64) String sessionId) {
		return sandbox().session(sessionId);
	}

	@Operation(summary = "Pay a sandbox checkout session with a test card")
	@PostMapping("/{sessionId}/pay")
	SandboxGateway.SessionView pay(@PathVariable @Size(max = 64) String sessionId,
			@RequestBody SandboxGateway.Card card) {
		return sandbox().pay(sessionId, card);
	}

	private SandboxGateway sandbox() {
		if (this.gateway instanceof SandboxGateway sandbox) {
			return sandbox;
		}
		throw new DomainException(DomainException.Kind.NOT_FOUND, "NOT_FOUND",
				"The sandbox gateway is not in use: payments go through " + this.gateway.name());
	}

}
