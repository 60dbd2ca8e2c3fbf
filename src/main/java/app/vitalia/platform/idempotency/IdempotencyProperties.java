package app.vitalia.platform.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long idempotency keys are kept, how long a duplicate waits for the first request,
 * and after how long a first request that never finished (a crashed instance) is taken
 * over.
 */
@ConfigurationProperties("vitalia.idempotency")
record IdempotencyProperties(Duration retention, Duration duplicateWait, Duration lockTimeout) {

}
