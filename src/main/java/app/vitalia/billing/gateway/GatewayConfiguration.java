package app.vitalia.billing.gateway;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The payment gateway chosen by {@code vitalia.billing.gateway.name}: {@code sandbox}
 * (default) or {@code stripe} (needs {@code VITALIA_STRIPE_API_KEY}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProperties.class)
class GatewayConfiguration {

	@Bean
	PaymentGateway paymentGateway(GatewayProperties properties, JdbcTemplate jdbc, WebhookSink webhooks, Clock clock) {
		return switch (properties.name()) {
			case SandboxGateway.NAME -> new SandboxGateway(jdbc, webhooks, properties, clock);
			case StripeGateway.NAME -> {
				if (properties.stripeApiKey() == null || properties.stripeApiKey().isBlank()) {
					throw new IllegalStateException(
							"vitalia.billing.gateway.name=stripe needs VITALIA_STRIPE_API_KEY (a secret key, sk_...)");
				}
				yield new StripeGateway(StripeGateway.client(properties));
			}
			default -> throw new IllegalStateException("Unknown payment gateway '" + properties.name()
					+ "': VITALIA_BILLING_GATEWAY must be sandbox or stripe");
		};
	}

}
