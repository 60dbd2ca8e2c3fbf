package app.vitalia.billing;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vitalia.billing.*}: how often due renewals are looked for, how long after a
 * failed renewal each retry comes (the subscription expires after the last), how long
 * before a period ends {@link SubscriptionRenewing} is published, and the notice given
 * before a moved price applies.
 */
@ConfigurationProperties("vitalia.billing")
record BillingProperties(Duration renewalInterval, Duration renewingLead, List<Duration> retryBackoff,
		Duration priceChangeNotice) {

}
