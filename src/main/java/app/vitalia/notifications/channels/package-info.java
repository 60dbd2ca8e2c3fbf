/**
 * Delivery channels: the in-app inbox with live updates, e-mail from templates with its
 * retry queue, and members' preferences.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.notifications.channels;
