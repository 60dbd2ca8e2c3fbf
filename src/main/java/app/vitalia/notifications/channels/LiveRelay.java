package app.vitalia.notifications.channels;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Live updates across instances: a notification created on one instance is published on a
 * Redis channel, and every instance (this one included) delivers it to the member's pages
 * connected to it. Pub/sub keeps nothing: a page that was not connected reloads its list
 * when it reconnects.
 */
class LiveRelay {

	/** What goes over the channel: the member and their update. */
	record Envelope(UUID memberId, LiveUpdates.Update update) {
	}

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final String channel;

	LiveRelay(StringRedisTemplate redis, JsonMapper json, String channel) {
		this.redis = redis;
		this.json = json;
		this.channel = channel;
	}

	void send(UUID memberId, LiveUpdates.Update update) {
		this.redis.convertAndSend(this.channel, this.json.writeValueAsString(new Envelope(memberId, update)));
	}

	static String channel(String prefix) {
		return prefix + "notifications:live";
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty("spring.data.redis.url")
	static class InRedis {

		private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);

		@Bean
		LiveRelay liveRelay(RedisConnectionFactory connections, JsonMapper json,
				@Value("${vitalia.redis.key-prefix:vitalia:}") String prefix) {
			return new LiveRelay(new StringRedisTemplate(connections), json, channel(prefix));
		}

		@Bean
		RedisMessageListenerContainer liveUpdatesListener(RedisConnectionFactory connections, LiveUpdates live,
				JsonMapper json, @Value("${vitalia.redis.key-prefix:vitalia:}") String prefix) {
			RedisMessageListenerContainer container = new RedisMessageListenerContainer();
			container.setConnectionFactory(connections);
			container.addMessageListener((message, pattern) -> {
				try {
					Envelope envelope = json.readValue(new String(message.getBody(), StandardCharsets.UTF_8),
							Envelope.class);
					live.deliver(envelope.memberId(), envelope.update());
				}
				catch (RuntimeException ex) {
					log.warn("Ignored a live update that could not be read: {}", ex.toString());
				}
			}, new ChannelTopic(channel(prefix)));
			return container;
		}

	}

}
