package app.vitalia.billing;

import app.vitalia.billing.gateway.GatewayUnavailableException;
import app.vitalia.platform.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Billing's settings, and the one failure of its own: the payment gateway being
 * unreachable is a 503 the client may retry.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BillingProperties.class)
class BillingConfiguration {

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
