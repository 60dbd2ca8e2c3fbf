package app.vitalia.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Bounded loopback load: a fixed number of GET requests per second through HAProxy, each
 * recorded with the time it was sent, its status (-1 for a transport failure) and the
 * server that answered (HAProxy's {@code X-Served-By}).
 */
final class Traffic implements AutoCloseable {

	record Sample(long sentAtMillis, int status, String servedBy, long millis) {

		boolean failed() {
			return this.status < 0 || this.status >= 500;
		}

	}

	private final ExecutorService workers = Executors.newFixedThreadPool(16);

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.executor(this.workers)
		.build();

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();

	private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

	Traffic(String url, int perSecond) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
		this.ticker.scheduleAtFixedRate(() -> send(request), 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
	}

	private void send(HttpRequest request) {
		long sent = System.currentTimeMillis();
		long start = System.nanoTime();
		this.client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
			long millis = (System.nanoTime() - start) / 1_000_000;
			if (failure != null) {
				this.samples.add(new Sample(sent, -1, "none", millis));
			}
			else {
				this.samples.add(new Sample(sent, response.statusCode(),
						response.headers().firstValue("X-Served-By").orElse("none"), millis));
			}
		});
	}

	List<Sample> since(long millis) {
		return this.samples.stream()
			.filter((s) -> s.sentAtMillis() >= millis)
			.sorted(java.util.Comparator.comparingLong(Sample::sentAtMillis))
			.toList();
	}

	@Override
	public void close() throws InterruptedException {
		this.ticker.shutdownNow();
		Thread.sleep(5_500);
		this.workers.shutdownNow();
	}

}
