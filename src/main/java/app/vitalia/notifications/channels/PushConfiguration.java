package app.vitalia.notifications.channels;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The VAPID identity of this server: the configured key pair, or one made for this run
 * when none is configured. Made at its first use (a push or a browser asking for the
 * public key), not at start: making a key pair took ~80 ms of every start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PushProperties.class)
class PushConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PushConfiguration.class);

	/**
	 * A half-configured or unreadable pair still stops the start; only making a pair
	 * waits.
	 */
	PushConfiguration(PushProperties properties) {
		if ((properties.vapidPublicKey() == null) != (properties.vapidPrivateKey() == null)) {
			throw new IllegalStateException(
					"Set both VITALIA_PUSH_VAPID_PUBLIC_KEY and VITALIA_PUSH_VAPID_PRIVATE_KEY, or neither");
		}
		if (properties.vapidPublicKey() != null) {
			vapidKeys(properties);
		}
		else {
			log.warn("No VAPID key pair configured (VITALIA_PUSH_VAPID_PUBLIC_KEY, VITALIA_PUSH_VAPID_PRIVATE_KEY): "
					+ "using one made for this run. Browsers subscribed now get no push after a restart until they "
					+ "subscribe again, and instances do not share it; set both in production");
		}
	}

	@Bean
	@Lazy
	WebPush webPush(PushProperties properties) {
		return new WebPush(properties.subject(), vapidKeys(properties));
	}

	static VapidKeys vapidKeys(PushProperties properties) {
		if (properties.vapidPublicKey() != null && properties.vapidPrivateKey() != null) {
			return VapidKeys.fromUncompressedBytes(properties.vapidPublicKey(), properties.vapidPrivateKey());
		}
		return VapidKeys.generate();
	}

}
