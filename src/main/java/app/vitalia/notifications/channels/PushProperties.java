package app.vitalia.notifications.channels;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vitalia.notifications.push.*}: the VAPID key pair (base64url, the uncompressed
 * P-256 public point and the private scalar, as {@code web-push generate-vapid-keys}
 * prints them) and subject, which push services may be called, how long they keep a
 * message for an offline device, and the retries.
 */
@ConfigurationProperties("vitalia.notifications.push")
public record PushProperties(@Nullable String vapidPublicKey, @Nullable String vapidPrivateKey, String subject,
		List<String> allowedHosts, Duration ttl, Duration firstBackoff, int maxAttempts) {

	public PushProperties {
		vapidPublicKey = vapidPublicKey == null || vapidPublicKey.isBlank() ? null : vapidPublicKey.trim();
		vapidPrivateKey = vapidPrivateKey == null || vapidPrivateKey.isBlank() ? null : vapidPrivateKey.trim();
		allowedHosts = allowedHosts == null ? List.of()
				: allowedHosts.stream()
					.map(host -> host.trim().toLowerCase(Locale.ROOT))
					.filter(host -> !host.isEmpty())
					.toList();
	}

	/** Whether {@code host} is a listed push service or a sub-domain of one. */
	boolean allows(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		return this.allowedHosts.stream()
			.anyMatch(allowed -> allowed.equals("*") || name.equals(allowed) || name.endsWith("." + allowed));
	}

}
