package app.vitalia.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.vitalia.identity.CurrentUser;
import app.vitalia.notifications.channels.PushQueue;
import app.vitalia.notifications.channels.PushSubscriptions;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Web Push: the server's public key for the browser to subscribe with, and the signed-in
 * member's subscriptions (one per browser), in the shape of the browser's
 * {@code PushSubscription.toJSON()}.
 */
@RestController
@Tag(name = "Notifications", description = "The member's in-app notifications and notification preferences")
class PushController {

	record Keys(@NotBlank @Size(max = 200) String p256dh, @NotBlank @Size(max = 100) String auth) {
	}

	record NewSubscription(@NotBlank @Size(max = 1000) String endpoint, @NotNull @Valid Keys keys) {
	}

	private final PushSubscriptions subscriptions;

	private final PushQueue pushes;

	PushController(PushSubscriptions subscriptions, PushQueue pushes) {
		this.subscriptions = subscriptions;
		this.pushes = pushes;
	}

	@Operation(summary = "The VAPID public key (base64url) browsers subscribe with")
	@GetMapping("/api/push/vapid-public-key")
	Map<String, String> vapidPublicKey() {
		return Map.of("publicKey", this.pushes.publicKey());
	}

	@Operation(summary = "Let this browser show the member's notifications (Web Push subscription)")
	@PostMapping("/api/me/push-subscriptions")
	@ResponseStatus(HttpStatus.CREATED)
	PushSubscriptions.Subscription subscribe(CurrentUser user, @RequestBody @Valid NewSubscription subscription) {
		return this.subscriptions.subscribe(user.id(), subscription.endpoint(), subscription.keys().p256dh(),
				subscription.keys().auth());
	}

	@Operation(summary = "Stop push notifications to the browser with this endpoint")
	@DeleteMapping("/api/me/push-subscriptions")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unsubscribe(CurrentUser user, @RequestParam @NotBlank String endpoint) {
		this.subscriptions.unsubscribe(user.id(), endpoint);
	}

}
