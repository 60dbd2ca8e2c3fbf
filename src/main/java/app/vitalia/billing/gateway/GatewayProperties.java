package app.vitalia.billing.gateway;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vitalia.billing.gateway.*}: which gateway ({@code sandbox} by default, or
 * {@code stripe}), the webhook signing secret (random per run when unset), Stripe's key
 * and API base URL (a stub's in tests).
 */
@ConfigurationProperties("vitalia.billing.gateway")
public record GatewayProperties(String name, String webhookSecret, @Nullable String stripeApiKey, String stripeApiBase,
		Duration stripeTimeout) {

	public GatewayProperties {
		if (webhookSecret == null || webhookSecret.isBlank()) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			webhookSecret = "whsec_" + Base64.getEncoder().withoutPadding().encodeToString(random);
		}
	}

}
