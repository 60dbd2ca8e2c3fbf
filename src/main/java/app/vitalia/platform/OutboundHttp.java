package app.vitalia.platform;

import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import app.vitalia.platform.OutboundCallFailed.Reason;
import app.vitalia.platform.http.ClientSettings;
import app.vitalia.platform.http.OutboundHttpProperties;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedTimeLimiterMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Outbound HTTP for every module's adapters (FoodData Central, Stripe, Rekognition, the
 * chat API, S3): a {@link RestClient} per client name, and {@link Client#call} that runs
 * a request through a bulkhead, a circuit breaker, retries with exponential backoff and
 * jitter, and a time limit per attempt (the HTTP connect and answer timeouts, and a
 * Resilience4j time limiter of both together around the whole attempt). Each client is
 * configured by name under {@code vitalia.http.clients.<name>.*} and reports Resilience4j
 * metrics tagged with its name ({@code resilience4j.circuitbreaker.*},
 * {@code resilience4j.retry.*}, {@code resilience4j.bulkhead.*},
 * {@code resilience4j.timelimiter.*}) next to the {@code http.client.requests} timings of
 * its {@link RestClient}.
 * <p>
 * Retried: timeouts, connection failures, 5xx answers and 429 answers (unless the client
 * says otherwise), waiting at least what a {@code Retry-After} header asks; an answer
 * that asks for a longer wait than the client's {@code max-backoff} is not retried. Other
 * 4xx answers are the caller's mistake: neither retried nor counted against the breaker.
 */
public class OutboundHttp {

	private final OutboundHttpProperties properties;

	private final Supplier<RestClient.Builder> rest;

	private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();

	private final RetryRegistry retries = RetryRegistry.ofDefaults();

	private final BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();

	private final TimeLimiterRegistry timeLimiters = TimeLimiterRegistry.ofDefaults();

	private final Map<String, Client> clients = new ConcurrentHashMap<>();

	public OutboundHttp(OutboundHttpProperties properties, RestClient.Builder rest, @Nullable MeterRegistry meters) {
		this(properties, () -> rest, meters);
	}

	/**
	 * {@code rest} is asked for a builder only when a client makes its first call: the
	 * HTTP clients (TLS context, selector thread) are not made at start.
	 */
	public OutboundHttp(OutboundHttpProperties properties, Supplier<RestClient.Builder> rest,
			@Nullable MeterRegistry meters) {
		this.properties = properties;
		this.rest = rest;
		if (meters != null) {
			TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(this.breakers).bindTo(meters);
			TaggedRetryMetrics.ofRetryRegistry(this.retries).bindTo(meters);
			TaggedBulkheadMetrics.ofBulkheadRegistry(this.bulkheads).bindTo(meters);
			TaggedTimeLimiterMetrics.ofTimeLimiterRegistry(this.timeLimiters).bindTo(meters);
		}
	}

	/** The client configured under {@code vitalia.http.clients.<name>}, made once. */
	public Client client(String name) {
		return this.clients.computeIfAbsent(name, this::create);
	}

	private Client create(String name) {
		ClientSettings settings = this.properties.client(name);
		Supplier<RestClient> rest = SingletonSupplier.of(() -> restClient(settings));
		IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(settings.firstBackoff(),
				settings.backoffMultiplier(), settings.jitter(), settings.maxBackoff());
		Retry retry = this.retries.retry(name,
				RetryConfig.custom()
					.maxAttempts(settings.maxAttempts())
					.retryOnException(failure -> retryable(failure, settings))
					.intervalBiFunction((attempt, outcome) -> Math.max(backoff.apply(attempt),
							outcome.isLeft() ? retryAfter(outcome.getLeft()).map(Duration::toMillis).orElse(0L) : 0L))
					.build());
		CircuitBreaker breaker = this.breakers.circuitBreaker(name,
				CircuitBreakerConfig.custom()
					.slidingWindowSize(settings.slidingWindowSize())
					.minimumNumberOfCalls(settings.minimumCalls())
					.failureRateThreshold(settings.failureRateThreshold())
					.waitDurationInOpenState(settings.openFor())
					.permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
					.recordException(OutboundHttp::serverSideFailure)
					.build());
		Bulkhead bulkhead = this.bulkheads.bulkhead(name,
				BulkheadConfig.custom()
					.maxConcurrentCalls(settings.maxConcurrentCalls())
					.maxWaitDuration(settings.maxWait())
					.build());
		// a backstop past the HTTP timeouts, for what they cannot see (a stalled body, a
		// stuck resolver, slow work inside the attempt)
		TimeLimiter timeLimiter = this.timeLimiters.timeLimiter(name,
				TimeLimiterConfig.custom()
					.timeoutDuration(settings.connectTimeout().plus(settings.timeout()))
					.cancelRunningFuture(true)
					.build());
		return new Client(name, rest, bulkhead, breaker, retry, timeLimiter);
	}

	private RestClient restClient(ClientSettings settings) {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				// HTTP/1.1: some servers (local model servers, stubs) refuse the JDK's
				// default h2c upgrade of a plain-HTTP POST with a bare IOException
				HttpClient.newBuilder()
					.version(HttpClient.Version.HTTP_1_1)
					.connectTimeout(settings.connectTimeout())
					.build());
		requests.setReadTimeout(settings.timeout());
		RestClient.Builder builder = this.rest.get().clone().requestFactory(requests);
		if (settings.baseUrl() != null) {
			builder.baseUrl(settings.baseUrl());
		}
		return builder.build();
	}

	/**
	 * A failure of the other side reported by a client that does not use
	 * {@link RestClient} (an SDK): throttled, failing or unreachable. Thrown inside
	 * {@link Client#call}, it is retried and counted against the breaker like a 5xx
	 * answer; {@code status} is the HTTP status when there was one, else 0. A fault that
	 * waiting cannot cure (a used-up quota) is counted but not retried.
	 */
	public static final class RemoteFault extends RuntimeException {

		private final int status;

		private final boolean retryable;

		public RemoteFault(int status, String message) {
			this(status, message, true);
		}

		public RemoteFault(int status, String message, boolean retryable) {
			super(message, null, false, false);
			this.status = status;
			this.retryable = retryable;
		}

		public int status() {
			return this.status;
		}

		public boolean retryable() {
			return this.retryable;
		}

	}

	/** A failure of the other side (or of the way there), not of the request. */
	private static boolean serverSideFailure(Throwable failure) {
		if (failure instanceof RemoteFault) {
			return true;
		}
		if (failure instanceof RestClientResponseException answer) {
			return answer.getStatusCode().is5xxServerError()
					|| answer.getStatusCode().isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS);
		}
		return failure instanceof TimeoutException || failure instanceof ResourceAccessException;
	}

	private static boolean retryable(Throwable failure, ClientSettings settings) {
		if (!serverSideFailure(failure) || (failure instanceof RemoteFault fault && !fault.retryable())) {
			return false;
		}
		if (failure instanceof RestClientResponseException answer) {
			if (answer.getStatusCode().isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS) && !settings.retryRateLimited()) {
				return false;
			}
			return retryAfter(answer).map(wait -> wait.compareTo(settings.maxBackoff()) <= 0).orElse(true);
		}
		return true;
	}

	/** The wait a 429 or 503 answer asks for, in seconds or as an HTTP date. */
	static Optional<Duration> retryAfter(Throwable failure) {
		if (!(failure instanceof RestClientResponseException answer) || answer.getResponseHeaders() == null) {
			return Optional.empty();
		}
		String value = answer.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
		}
		catch (NumberFormatException notSeconds) {
			try {
				Duration wait = Duration.between(ZonedDateTime.now(),
						ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
				return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
			}
			catch (DateTimeParseException notADate) {
				return Optional.empty();
			}
		}
	}

	/** One named outbound client: its {@link RestClient} and the guard around calls. */
	public static final class Client {

		private final String name;

		private final Supplier<RestClient> rest;

		private final Bulkhead bulkhead;

		private final CircuitBreaker breaker;

		private final Retry retry;

		private final TimeLimiter timeLimiter;

		private final SimpleAsyncTaskExecutor attempts;

		Client(String name, Supplier<RestClient> rest, Bulkhead bulkhead, CircuitBreaker breaker, Retry retry,
				TimeLimiter timeLimiter) {
			this.name = name;
			this.rest = rest;
			this.bulkhead = bulkhead;
			this.breaker = breaker;
			this.retry = retry;
			this.timeLimiter = timeLimiter;
			this.attempts = new SimpleAsyncTaskExecutor("http-" + name + "-");
			this.attempts.setVirtualThreads(Runtime.version().feature() >= 21);
			this.attempts.setTaskDecorator(task -> {
				Map<String, String> context = MDC.getCopyOfContextMap();
				return () -> {
					if (context != null) {
						MDC.setContextMap(context);
					}
					try {
						task.run();
					}
					finally {
						MDC.clear();
					}
				};
			});
		}

		public String name() {
			return this.name;
		}

		/**
		 * The client's {@link RestClient}: base URL, connect and read timeouts from its
		 * settings, made at the first call. Use it inside {@link #call}.
		 */
		public RestClient rest() {
			return this.rest.get();
		}

		public CircuitBreaker.State breakerState() {
			return this.breaker.getState();
		}

		/**
		 * Runs {@code attempt} (one request with {@link #rest()}) through the client's
		 * bulkhead, circuit breaker, retries and time limit.
		 * @throws OutboundCallFailed when no attempt got a successful answer; any other
		 * exception {@code attempt} throws passes through unchanged, neither retried nor
		 * counted as a failure of the other side
		 */
		public <T> T call(Supplier<T> attempt) {
			Callable<T> timed = TimeLimiter.decorateFutureSupplier(this.timeLimiter,
					() -> this.attempts.submit(attempt::get));
			Callable<T> guarded = Bulkhead.decorateCallable(this.bulkhead,
					CircuitBreaker.decorateCallable(this.breaker, Retry.decorateCallable(this.retry, timed)));
			try {
				return guarded.call();
			}
			catch (CallNotPermittedException ex) {
				throw failed(Reason.BREAKER_OPEN, 0, "the circuit breaker is open; calls are paused for a while");
			}
			catch (BulkheadFullException ex) {
				throw failed(Reason.BULKHEAD_FULL, 0, "too many calls in flight");
			}
			catch (TimeoutException ex) {
				throw failed(Reason.TIMED_OUT, 0, "no answer within the time limit");
			}
			catch (ResourceAccessException ex) {
				Throwable cause = rootCause(ex);
				if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
					throw failed(Reason.TIMED_OUT, 0, "no answer within the time limit");
				}
				throw failed(Reason.UNREACHABLE, 0, "did not answer (" + cause.getClass().getSimpleName() + ")");
			}
			catch (RestClientResponseException ex) {
				int status = ex.getStatusCode().value();
				throw failed(Reason.ERROR_STATUS, status, "answered " + status);
			}
			catch (RemoteFault ex) {
				throw ex.status() > 0 ? failed(Reason.ERROR_STATUS, ex.status(), "answered " + ex.status())
						: failed(Reason.UNREACHABLE, 0, ex.getMessage());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw failed(Reason.UNREACHABLE, 0, "interrupted while waiting for an answer");
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw failed(Reason.UNREACHABLE, 0, "failed (" + ex.getClass().getSimpleName() + ")");
			}
		}

		private OutboundCallFailed failed(Reason reason, int status, String detail) {
			return new OutboundCallFailed(this.name, reason, status, detail);
		}

		private static Throwable rootCause(Throwable failure) {
			Throwable cause = failure;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			return cause;
		}

	}

}
