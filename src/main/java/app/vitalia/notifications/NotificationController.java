package app.vitalia.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import app.vitalia.identity.CurrentUser;
import app.vitalia.notifications.channels.Inbox;
import app.vitalia.notifications.channels.LiveUpdates;
import app.vitalia.notifications.channels.Preferences;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The signed-in member's notifications (the in-app inbox, its live stream) and their
 * notification preferences.
 */
@RestController
@Tag(name = "Notifications", description = "The member's in-app notifications and notification preferences")
class NotificationController {

	record PreferenceChange(@NotNull Kind kind, @NotNull Channel channel, @NotNull Boolean enabled) {
	}

	private final Inbox inbox;

	private final LiveUpdates live;

	private final Preferences preferences;

	NotificationController(Inbox inbox, LiveUpdates live, Preferences preferences) {
		this.inbox = inbox;
		this.live = live;
		this.preferences = preferences;
	}

	@Operation(summary = "The member's notifications, newest first")
	@GetMapping("/api/me/notifications")
	Inbox.Page notifications(CurrentUser user, @RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.inbox.page(user.id(), unread, page, size);
	}

	@Operation(summary = "How many notifications are unread")
	@GetMapping("/api/me/notifications/unread-count")
	Map<String, Long> unreadCount(CurrentUser user) {
		return Map.of("unreadCount", this.inbox.unread(user.id()));
	}

	/**
	 * Server-sent events: {@code unread} on connect, then {@code notification} on each
	 * new one.
	 */
	@Operation(summary = "Live notifications as server-sent events")
	@GetMapping(path = "/api/me/notifications/stream", produces = "text/event-stream")
	SseEmitter stream(CurrentUser user) {
		return this.live.open(user.id(), this.inbox.unread(user.id()));
	}

	@Operation(summary = "Mark one notification read")
	@PostMapping("/api/me/notifications/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void markRead(CurrentUser user, @PathVariable UUID id) {
		this.inbox.markRead(user.id(), id);
	}

	@Operation(summary = "Mark every notification read")
	@PostMapping("/api/me/notifications/read-all")
	Map<String, Integer> markAllRead(CurrentUser user) {
		return Map.of("marked", this.inbox.markAllRead(user.id()));
	}

	@Operation(summary = "The member's notification preferences per kind and channel")
	@GetMapping("/api/me/notification-preferences")
	List<Preferences.Preference> preferences(CurrentUser user) {
		return this.preferences.all(user.id());
	}

	/** Changes the listed preferences (all or none) and answers the full set. */
	@Operation(summary = "Change notification preferences")
	@PutMapping("/api/me/notification-preferences")
	List<Preferences.Preference> updatePreferences(CurrentUser user,
			@RequestBody List<@Valid PreferenceChange> changes) {
		this.preferences.setAll(user.id(),
				changes.stream()
					.map(c -> new Preferences.Preference(c.kind(), c.channel(), c.enabled(), false))
					.toList());
		return this.preferences.all(user.id());
	}

}
