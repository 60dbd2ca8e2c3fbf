package app.vitalia.notifications.channels;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events to the member's open pages: each new in-app notification and the new
 * unread count. With Redis an update goes through a {@link LiveRelay Redis channel} to
 * every instance, each delivering it to the pages connected to it; without Redis there is
 * one instance and it delivers directly. A page that loses the stream reconnects and
 * reloads its list, so an instance restart loses nothing.
 * <p>
 * On shutdown the streams are ended first (this lifecycle stops before the web server's
 * graceful shutdown): an open page would otherwise hold that shutdown for its whole 30 s
 * timeout, so Ctrl-C on {@code ./mvnw spring-boot:run} or a rolling deploy waited for
 * nothing, and pages reconnect to a running instance at once.
 */
@Component
public class LiveUpdates implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

	private volatile boolean running;

	static final Duration TIMEOUT = Duration.ofMinutes(30);

	public record Update(long unreadCount, Inbox.Item notification) {
	}

	private final Map<UUID, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

	private final ObjectProvider<LiveRelay> relay;

	LiveUpdates(ObjectProvider<LiveRelay> relay) {
		this.relay = relay;
	}

	public SseEmitter open(UUID memberId, long unreadCount) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Set<SseEmitter> mine = this.streams.computeIfAbsent(memberId, id -> ConcurrentHashMap.newKeySet());
		mine.add(emitter);
		Runnable forget = () -> mine.remove(emitter);
		emitter.onCompletion(forget);
		emitter.onTimeout(forget);
		emitter.onError(error -> forget.run());
		try {
			emitter.send(SseEmitter.event().name("unread").data(Map.of("unreadCount", unreadCount)));
		}
		catch (IOException gone) {
			forget.run();
		}
		return emitter;
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Ends every open stream; pages reconnect (to another instance, or after restart).
	 */
	@Override
	public void stop() {
		this.running = false;
		for (Set<SseEmitter> emitters : this.streams.values()) {
			for (SseEmitter emitter : emitters) {
				emitter.complete();
			}
		}
		this.streams.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Open streams on this instance. */
	public int openStreams() {
		return this.streams.values().stream().mapToInt(Set::size).sum();
	}

	/** Sends the update to the member's pages on every instance. */
	public void publish(UUID memberId, Update update) {
		LiveRelay relay = this.relay.getIfAvailable();
		if (relay == null) {
			deliver(memberId, update);
			return;
		}
		try {
			relay.send(memberId, update);
		}
		catch (RuntimeException ex) {
			// the notification is stored; pages on other instances see it when they
			// reload
			log.warn("Could not relay a live update through Redis, delivering it here only: {}", ex.toString());
			deliver(memberId, update);
		}
	}

	/** Sends the update to the member's pages connected to this instance. */
	public void deliver(UUID memberId, Update update) {
		for (SseEmitter emitter : this.streams.getOrDefault(memberId, Set.of())) {
			try {
				emitter.send(SseEmitter.event().name("notification").data(update));
			}
			catch (IOException | IllegalStateException gone) {
				this.streams.getOrDefault(memberId, Set.of()).remove(emitter);
			}
		}
	}

}
