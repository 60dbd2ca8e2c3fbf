package app.vitalia.billing;

import app.vitalia.billing.gateway.GatewayUnavailableException;
import app.vitalia.platform.Problems;
import app.vitalia.platform.SecurityRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Billing's settings, its public paths, and the one failure of its own: the payment
 * gateway being unreachable is a 503 the client may retry.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BillingProperties.class)
class BillingConfiguration {

	/**
	 * Public: the plans on offer, the gateway's webhook deliveries (their signature is
	 * the credential) and the sandbox's hosted checkout (the unguessable session id is,
	 * as on Stripe's hosted page).
	 */
	@Bean
	SecurityRules billingRules() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/api/plans")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/billing/webhooks/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/billing/sandbox/sessions/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/billing/sandbox/sessions/*/pay")
			.permitAll();
	}

	@RestControllerAdvice(assignableTypes = { SubscriptionController.class, AdminBillingController.class })
	static class GatewayFailures {

		private static final Logger log = LoggerFactory.getLogger(GatewayFailures.class);

		@ExceptionHandler(GatewayUnavailableException.class)
		ResponseEntity<ProblemDetail> unavailable(GatewayUnavailableException ex) {
			log.warn("Payment gateway unavailable: {}", ex.getMessage());
			return ResponseEntity.status(503)
				.header("Retry-After", "30")
				.body(Problems.of(503, "GATEWAY_UNAVAILABLE",
						"The payment service is not answering; try again shortly with the same Idempotency-Key"));
		}

	}

}
