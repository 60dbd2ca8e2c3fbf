package app.vitalia.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

import app.vitalia.notifications.channels.Preferences;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 8058 one-click unsubscribe, without signing in: the token in the email's
 * {@code List-Unsubscribe} URL is the credential. Mail clients POST
 * {@code List-Unsubscribe=One-Click} as a form; the web app's unsubscribe page POSTs
 * nothing. Either way that kind of email stops for the member.
 */
@RestController
@Tag(name = "Notifications", description = "The member's in-app notifications and notification preferences")
class UnsubscribeController {

	private final Preferences preferences;

	UnsubscribeController(Preferences preferences) {
		this.preferences = preferences;
	}

	@Operation(summary = "One-click unsubscribe from an email's link (RFC 8058), without signing in")
	@PostMapping("/api/notifications/unsubscribe/{token}")
	Map<String, Object> unsubscribe(@PathVariable String token) {
		Kind kind = this.preferences.unsubscribe(token);
		return Map.of("kind", kind, "channel", Channel.EMAIL, "enabled", false);
	}

}
