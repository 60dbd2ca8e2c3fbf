/**
 * Notifications: what Vitalia tells members, by email (per-locale HTML and text
 * templates, retried with backoff, one-click unsubscribe), in the app (an inbox with live
 * updates), as each member's preferences allow. Each notification is sent once: its
 * (kind, subject, key) marker is written in the same transaction as what it enqueues.
 * API: {@link app.vitalia.notifications.Notifications}. It listens to identity,
 * nutrition, gamification, billing and recognition, one listener class per source module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "identity", "members", "nutrition", "gamification", "billing", "recognition",
				"platform" })
@org.jspecify.annotations.NullMarked
package app.vitalia.notifications;
